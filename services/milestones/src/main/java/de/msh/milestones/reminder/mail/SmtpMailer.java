package de.msh.milestones.reminder.mail;

import de.msh.milestones.reminder.domain.Mailer;
import de.msh.milestones.reminder.domain.Reminder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a reminder as plain German text. The Message-ID is derived from the reminder's key: if a process dies after
 * sending and before recording it, the repeat carries the same id, and mail clients show it once.
 */
@Component
class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final InternetAddress from;
    private final String portalAddress;

    SmtpMailer(
            JavaMailSender sender,
            @Value("${msh.milestones.mail-from}") String from,
            @Value("${msh.milestones.portal-address}") String portalAddress) {
        this.sender = sender;
        try {
            this.from = new InternetAddress(from, true);
        } catch (MessagingException invalid) {
            throw new IllegalArgumentException("msh.milestones.mail-from is no address: " + from, invalid);
        }
        this.portalAddress = portalAddress;
    }

    @Override
    public void send(Reminder reminder) {
        MimeMessage message = new FixedIdMessage(sender.createMimeMessage(), messageId(reminder));
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            mail.setFrom(from);
            mail.setTo(reminder.recipients().toArray(String[]::new));
            mail.setSubject(reminder.subject());
            mail.setSentDate(new Date());
            mail.setText(reminder.body(portalAddress));
        } catch (MessagingException invalid) {
            throw new MailPreparationException("Reminder " + reminder.key() + " could not be written", invalid);
        }
        sender.send(message);
    }

    static String messageId(Reminder reminder) {
        return "<reminder-" + reminder.key() + "@msh.example>";
    }

    /** JavaMail assigns a random Message-ID on saving; this one keeps the given one. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(MimeMessage template, String messageId) {
            super((Session) template.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
