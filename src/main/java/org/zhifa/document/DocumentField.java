package org.zhifa.document;

/**
 * One body field of a template, printed as "label：value" in template order.
 *
 * @param key the name callers fill it under, e.g. {@code person}
 * @param label the printed label, e.g. 被拘留人
 * @param required whether a document of this type cannot be issued without it
 */
public record DocumentField(String key, String label, boolean required) {
}
