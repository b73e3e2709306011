package nl.ouderportaal.domain.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mail texts, one file per mail and language in {@code mail/<name>_<language>.txt} next to this
 * class: the subject on the first line, then {@code ---}, then the body. The body has paragraphs
 * separated by blank lines, {@code {{value}}} placeholders, and {@code [[{{link}}|label]]} for a
 * button. The HTML version is made from the same text, with every value escaped; a value can never
 * add markup or a link, because the template's structure is read before the values go in.
 */
public final class MailTemplates {

  /** A mail ready to send. */
  public record Rendered(String subject, String text, String html) {}

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
  private static final Pattern LINK = Pattern.compile("\\[\\[\\{\\{(\\w+)}}\\|([^\\]]+)]]");

  private MailTemplates() {}

  public static Rendered render(String name, String language, Map<String, String> values) {
    String source = load(name, language);
    int separator = source.indexOf("\n---\n");
    if (separator < 0) {
      throw new IllegalStateException("mail template " + name + " has no --- after the subject");
    }
    String subject = fill(source.substring(0, separator).strip(), values, false);
    String body = source.substring(separator + 5).strip();
    return new Rendered(subject, text(body, values), html(subject, body, values));
  }

  private static String text(String body, Map<String, String> values) {
    Matcher link = LINK.matcher(body);
    StringBuilder out = new StringBuilder();
    while (link.find()) {
      String url = value(values, link.group(1));
      link.appendReplacement(out, Matcher.quoteReplacement(link.group(2) + ": " + url));
    }
    link.appendTail(out);
    return fill(out.toString(), values, false) + "\n";
  }

  private static String html(String subject, String body, Map<String, String> values) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(escape(subject))
        .append("</title></head>")
        .append("<body style=\"margin:0;padding:24px;background:#f7f5f2;")
        .append(
            "font-family:Arial,Helvetica,sans-serif;color:#1f2933;font-size:16px;line-height:1.5\">")
        .append("<div style=\"max-width:560px;margin:0 auto;background:#ffffff;border-radius:12px;")
        .append("padding:24px\">");
    for (String paragraph : body.split("\\n\\s*\\n")) {
      Matcher link = LINK.matcher(paragraph.strip());
      if (link.matches()) {
        html.append("<p style=\"margin:24px 0\"><a href=\"")
            .append(escape(value(values, link.group(1))))
            .append("\" style=\"background:#c25e00;color:#ffffff;padding:12px 20px;")
            .append("border-radius:999px;text-decoration:none;font-weight:bold\">")
            .append(escape(link.group(2)))
            .append("</a></p>");
      } else {
        html.append("<p>")
            .append(fill(escape(paragraph.strip()), values, true).replace("\n", "<br>"))
            .append("</p>");
      }
    }
    return html.append("</div></body></html>").toString();
  }

  /** Puts the values in; escaped for HTML when the text around them is HTML already. */
  private static String fill(String template, Map<String, String> values, boolean html) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (placeholder.find()) {
      String value = value(values, placeholder.group(1));
      placeholder.appendReplacement(out, Matcher.quoteReplacement(html ? escape(value) : value));
    }
    placeholder.appendTail(out);
    return out.toString();
  }

  private static String value(Map<String, String> values, String key) {
    return Objects.requireNonNull(values.get(key), () -> "no value for {{" + key + "}}");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String load(String name, String language) {
    String lang = "en".equals(language) ? "en" : "nl";
    String path = "mail/" + name + "_" + lang + ".txt";
    try (InputStream in = MailTemplates.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no mail template " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
