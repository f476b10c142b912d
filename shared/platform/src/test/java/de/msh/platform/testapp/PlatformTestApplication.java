package de.msh.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the platform, so its parts are tested the way services use them. */
@SpringBootApplication
public class PlatformTestApplication {}
