package de.msh.local.mail;

import com.sun.net.httpserver.HttpExchange;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the mail server received, newest first: a German page for people and {@code /api/messages} (JSON) for tests.
 * GreenMail keeps one copy per recipient; a mail is shown once, with all its recipients, by its Message-ID.
 */
final class MailView {

    private static final DateTimeFormatter GERMAN =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Berlin"));

    private final Supplier<MimeMessage[]> received;

    MailView(Supplier<MimeMessage[]> received) {
        this.received = received;
    }

    /** One mail as it was sent. */
    record Mail(String messageId, String from, List<String> to, String subject, String sentAt, String text) {}

    List<Mail> mails() {
        Map<String, Mail> byId = new LinkedHashMap<>();
        for (MimeMessage message : received.get()) {
            try {
                String id = String.valueOf(message.getMessageID());
                byId.putIfAbsent(
                        id,
                        new Mail(
                                id,
                                join(message.getFrom()),
                                addresses(message.getRecipients(Message.RecipientType.TO)),
                                String.valueOf(message.getSubject()),
                                message.getSentDate() == null
                                        ? ""
                                        : GERMAN.format(message.getSentDate().toInstant()),
                                text(message)));
            } catch (MessagingException | IOException unreadable) {
                byId.put("unreadable-" + byId.size(), new Mail("", "", List.of(), "(nicht lesbar)", "", ""));
            }
        }
        List<Mail> newestFirst = new ArrayList<>(byId.values());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    void page(HttpExchange exchange) throws IOException {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Gesendete E-Mails</title>
                <style>body{font-family:sans-serif;margin:2rem;max-width:60rem}article{border-top:1px solid #999;\
                padding:1rem 0}pre{white-space:pre-wrap}</style></head><body><main>
                <h1>Gesendete E-Mails</h1>
                <p>Der lokale Mailserver nimmt jede E-Mail an und stellt keine zu: nichts verlässt diesen Rechner.</p>
                """);
        List<Mail> mails = mails();
        if (mails.isEmpty()) {
            html.append("<p>Noch keine E-Mails.</p>");
        }
        for (Mail mail : mails) {
            html.append("<article><h2>")
                    .append(escape(mail.subject()))
                    .append("</h2><p>An: ")
                    .append(escape(String.join(", ", mail.to())))
                    .append("<br>Von: ")
                    .append(escape(mail.from()))
                    .append("<br>Gesendet: ")
                    .append(escape(mail.sentAt()))
                    .append("</p><pre>")
                    .append(escape(mail.text()))
                    .append("</pre></article>");
        }
        respond(
                exchange,
                "text/html; charset=utf-8",
                html.append("</main></body></html>").toString());
    }

    void json(HttpExchange exchange) throws IOException {
        String body = mails().stream()
                .map(mail -> "{\"messageId\":" + quote(mail.messageId())
                        + ",\"from\":" + quote(mail.from())
                        + ",\"to\":[" + mail.to().stream().map(MailView::quote).collect(Collectors.joining(",")) + "]"
                        + ",\"subject\":" + quote(mail.subject())
                        + ",\"sentAt\":" + quote(mail.sentAt())
                        + ",\"text\":" + quote(mail.text()) + "}")
                .collect(Collectors.joining(",", "[", "]"));
        respond(exchange, "application/json", body);
    }

    private static void respond(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String text(MimeMessage message) throws MessagingException, IOException {
        Object content = message.getContent();
        // SMTP carries CRLF line ends
        return content instanceof String text
                ? text.replace("\r\n", "\n")
                : "(kein reiner Text: " + message.getContentType() + ")";
    }

    private static String join(Address[] addresses) {
        return String.join(", ", addresses(addresses));
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null
                ? List.of()
                : Arrays.stream(addresses).map(Address::toString).toList();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
