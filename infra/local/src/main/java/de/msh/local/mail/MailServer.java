package de.msh.local.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's mail server: GreenMail takes every message on SMTP and keeps it in memory, and {@link MailView}
 * shows what was sent on a small web page (and as JSON for tests). Nothing is relayed: a reminder never leaves this
 * machine.
 *
 * <p>Usage: {@code MailServer [smtp port] [web port]}; defaults 2525 and 8025, on 127.0.0.1 only.
 */
public final class MailServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final GreenMail smtp;
    private final HttpServer web;

    private MailServer(GreenMail smtp, HttpServer web) {
        this.smtp = smtp;
        this.web = web;
    }

    public static MailServer start(int smtpPort, int webPort) {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            HttpServer web = HttpServer.create(new InetSocketAddress(HOST, webPort), 0);
            MailView view = new MailView(smtp::getReceivedMessages);
            web.createContext("/", view::page);
            web.createContext("/api/messages", view::json);
            web.start();
            return new MailServer(smtp, web);
        } catch (IOException failure) {
            smtp.stop();
            throw new UncheckedIOException("The mail web view cannot listen on port " + webPort, failure);
        }
    }

    public int webPort() {
        return web.getAddress().getPort();
    }

    @Override
    public void close() {
        web.stop(0);
        smtp.stop();
    }

    public static void main(String[] args) throws InterruptedException {
        int smtpPort = args.length > 0 ? Integer.parseInt(args[0]) : 2525;
        int webPort = args.length > 1 ? Integer.parseInt(args[1]) : 8025;
        MailServer server = start(smtpPort, webPort);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        System.out.printf("mail: SMTP on %s:%d, sent mail on http://%s:%d%n", HOST, smtpPort, HOST, webPort);
        stopped.await();
    }
}
