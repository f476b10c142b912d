package de.msh.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A notice for the page the person sees next ("… wurde gespeichert"), shown in the layout's live region. Spring keeps
 * flash attributes only across its own redirects; after an htmx request the browser is sent on by {@code HX-Redirect}
 * instead, so the notice is kept here the same way.
 */
public final class Notices {

    private Notices() {}

    public static void keepForNextPage(
            String notice, String nextPath, HttpServletRequest request, HttpServletResponse response) {
        keepForNextPage("notice", notice, nextPath, request, response);
    }

    /** Any flash attribute (a refusal to show at a form, say) kept the same way. */
    public static void keepForNextPage(
            String name, Object value, String nextPath, HttpServletRequest request, HttpServletResponse response) {
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(name, value);
        flash.setTargetRequestPath(nextPath);
        RequestContextUtils.saveOutputFlashMap(nextPath, request, response);
    }
}
