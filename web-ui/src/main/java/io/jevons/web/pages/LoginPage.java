package io.jevons.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /**
     * The sign-in page again after a throttled sign-in (forwarded there with status 429, Retry-After and the wait in
     * request attribute {@code retryAfterSeconds}).
     */
    @RequestMapping(path = "/login/throttled", method = {RequestMethod.GET, RequestMethod.POST})
    String throttled() {
        return "login";
    }
}
