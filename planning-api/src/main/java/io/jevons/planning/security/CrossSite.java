package io.jevons.planning.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a browser says a request comes from another site (Fetch Metadata, sent by every current browser): a page
 * elsewhere that made the browser send it. Clients other than browsers send no such header.
 */
final class CrossSite {

    static final String FETCH_SITE = "Sec-Fetch-Site";

    private CrossSite() {
    }

    static boolean from(HttpServletRequest request) {
        String site = request.getHeader(FETCH_SITE);
        return "cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site);
    }
}
