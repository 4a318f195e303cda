package io.github.biliflux.core;

/** The four answer envelopes: which fields carry the message and the payload. */
public enum Envelope {
    /** {@code {code, message, ttl, data}}: api.bilibili.com. */
    API("message", "data"),
    /** {@code {code, msg, data}}: manga.bilibili.com. */
    MANGA("msg", "data"),
    /** {@code {code, message, number}}: www.bilibili.com/plus/account/exp.php. */
    NUMBER("message", "number"),
    /** {@code {code, data}} (a message when there is one): passport.bilibili.com. */
    PASSPORT("message", "data");

    private final String messageField;
    private final String payloadField;

    Envelope(String messageField, String payloadField) {
        this.messageField = messageField;
        this.payloadField = payloadField;
    }

    /**
     * The field that carries the server's message.
     * @return the field that carries the server's message
     */
    public String messageField() {
        return messageField;
    }

    /**
     * The field that carries the payload.
     * @return the field that carries the payload
     */
    public String payloadField() {
        return payloadField;
    }
}
