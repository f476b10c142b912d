package de.msh.portal.web;

import de.msh.portal.backend.ServiceFailed;
import de.msh.portal.backend.ServiceProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.RestClientException;

/**
 * What a person sees when something is refused or fails: a German page, a reference id to quote when asking for
 * help, never a stack trace. Refusals a page can explain next to a field are caught by that page's controller.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private final ProblemMessages problems;

    ErrorPages(ProblemMessages problems) {
        this.problems = problems;
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response) {
        response.setStatus(403);
        return "error/403";
    }

    @ExceptionHandler(ServiceProblem.class)
    String refused(ServiceProblem problem, HttpServletResponse response, Model model) {
        response.setStatus(problem.status());
        if (problem.status() == 403) {
            return "error/403";
        }
        if (problem.status() == 404) {
            return "error/404";
        }
        model.addAttribute("message", problems.message(problem));
        return "error/refused";
    }

    @ExceptionHandler({ServiceFailed.class, RestClientException.class})
    String failed(RuntimeException failure, HttpServletResponse response, Model model) {
        String reference = ErrorReference.next();
        log.error("Service call failed, reference {}", reference, failure);
        response.setStatus(502);
        model.addAttribute("reference", reference);
        return "error/5xx";
    }
}
