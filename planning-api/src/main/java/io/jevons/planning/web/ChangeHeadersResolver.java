package io.jevons.planning.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

final class ChangeHeadersResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ChangeHeaders.class;
    }

    @Override
    public ChangeHeaders resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                         NativeWebRequest request, WebDataBinderFactory binders) {
        return new ChangeHeaders(request.getHeader(IfMatch.HEADER), request.getHeader(ChangeHeaders.EVIDENCE),
                request.getHeader(ChangeHeaders.EVIDENCE_LINK));
    }
}
