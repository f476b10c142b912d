package de.msh.portal.backend;

/** A service could not answer (5xx, unreachable, timed out): the person gets an error page with a reference. */
public class ServiceFailed extends RuntimeException {

    private final String service;

    public ServiceFailed(String service, String message) {
        super(service + ": " + message);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
