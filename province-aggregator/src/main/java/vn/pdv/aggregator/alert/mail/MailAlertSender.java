package vn.pdv.aggregator.alert.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.alert.AlertSender;
import vn.pdv.aggregator.alert.Channel;
import vn.pdv.aggregator.alert.application.AlertProperties;

/**
 * One plain-text message per address, UTF-8: the subject is the Vietnamese headline, the body the Vietnamese message
 * with the English one below it. Present only when {@code spring.mail.host} is set, the same condition on which Spring
 * Boot configures the {@link JavaMailSender}; SMTP timeouts are {@code spring.mail.properties.mail.smtp.*}.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class MailAlertSender implements AlertSender {

    static final String SUBJECT_PREFIX = "[PDV] ";

    private final JavaMailSender mail;
    private final String from;

    MailAlertSender(JavaMailSender mail, AlertProperties properties) {
        this.mail = mail;
        this.from = properties.mailFrom();
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Alert alert, String address) {
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(address);
            helper.setSubject(SUBJECT_PREFIX + alert.message().headlineVi());
            helper.setText(alert.message().vi() + "\n\n— English —\n\n" + alert.message().en()
                    + "\n\n(Mã cảnh báo / alert id: " + alert.id() + ")");
        } catch (MessagingException e) {
            throw new IllegalArgumentException("cannot write the message to " + address + ": " + e.getMessage(), e);
        }
        try {
            mail.send(message);
        } catch (MailException e) {
            throw new IllegalStateException("SMTP: " + e.getMessage(), e);
        }
    }
}
