package de.msh.funding.grant.application;

public class GrantNotFound extends RuntimeException {

    public GrantNotFound(String id) {
        super("No grant with id " + id);
    }
}
