package de.msh.portal.web;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors outside the controllers (a filter, an unexpected exception) reach Boot's error page: it gets a reference id
 * too, and the cause goes to the log under it, never to the page.
 */
@Component
class ReferencedErrorAttributes extends DefaultErrorAttributes {

    private static final Logger log = LoggerFactory.getLogger(ReferencedErrorAttributes.class);

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object status = attributes.get("status");
        if (status instanceof Integer code && code >= 500) {
            String reference = ErrorReference.next();
            attributes.put("reference", reference);
            log.error("Request failed with {}, reference {}", code, reference, getError(request));
        }
        return attributes;
    }
}
