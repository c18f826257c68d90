package org.zhifa.document;

/** A body field as printed on an issued document: the template's label at issue time and the value filled in. */
public record FilledField(String key, String label, String value) {
}
