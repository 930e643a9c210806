package org.portolan.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree that remembers where each value started, so that every message can name line and column.
 * (Jackson's own tree forgets locations.)
 */
public final class JsonTree {

    private JsonTree() {
    }

    /** Any JSON value with its 1-based position. */
    public sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
        int line();

        int column();

        /** "an object", "a string" …: for "expected …, found …" messages. */
        String describe();
    }

    /** An object; members keep file order, and each key remembers its own position. */
    public record Obj(Map<String, Member> members, int line, int column) implements Value {
        public String describe() {
            return "an object";
        }
    }

    public record Member(String key, Value value, int line, int column) {
    }

    public record Arr(List<Value> items, int line, int column) implements Value {
        public String describe() {
            return "a list";
        }
    }

    public record Str(String text, int line, int column) implements Value {
        public String describe() {
            return "the text \"" + text + "\"";
        }
    }

    public record Num(BigDecimal number, int line, int column) implements Value {
        public String describe() {
            return "the number " + number.toPlainString();
        }
    }

    public record Bool(boolean value, int line, int column) implements Value {
        public String describe() {
            return value ? "true" : "false";
        }
    }

    public record Null(int line, int column) implements Value {
        public String describe() {
            return "null";
        }
    }

    /** Thrown for malformed JSON; carries the position the parser reached. */
    public static final class SyntaxError extends Exception {
        public final int line;
        public final int column;

        SyntaxError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    public static Value parse(String text) throws SyntaxError {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SyntaxError("the file holds no JSON", 1, 1);
            }
            Value root = read(parser);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new SyntaxError("unexpected content after the end of the JSON value", at.getLineNr(),
                        at.getColumnNr());
            }
            return root;
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new SyntaxError("this is not valid JSON: " + plain(e.getOriginalMessage()),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } catch (IOException e) {
            throw new SyntaxError("this is not valid JSON: " + plain(e.getMessage()), 0, 0);
        }
    }

    /**
     * Jackson's message as one plain sentence: what is wrong and what to write instead, without its character
     * codes, token names or the copy of the file it quotes (which also names a second position).
     */
    static String plain(String message) {
        String m = message == null ? "" : message;
        int cut = m.indexOf("\n at [Source");
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        if (m.contains("expected close marker for Array")) {
            return "the file ends before a list is closed with ]";
        }
        if (m.contains("expected close marker for Object")) {
            return "the file ends before an object is closed with }";
        }
        if (m.contains("Unexpected end-of-input")) {
            return "the file ends too early";
        }
        if (m.contains("was expecting comma to separate Object entries")) {
            return "a comma is missing between two entries of an object (or a } is missing)";
        }
        if (m.contains("was expecting comma to separate Array entries")) {
            return "a comma is missing between two items of a list (or a ] is missing)";
        }
        if (m.contains("was expecting double-quote to start field name")) {
            return "a key must be text in double quotes, and no comma may come before }";
        }
        if (m.contains("Illegal unquoted character") || m.contains("CTRL-CHAR")) {
            return "a text in quotes runs over the end of a line: close the quotes, or write a line break as \\n";
        }
        if (m.startsWith("Unrecognized token")) {
            int q1 = m.indexOf('\'');
            int q2 = q1 < 0 ? -1 : m.indexOf('\'', q1 + 1);
            String word = q2 > q1 ? " \"" + m.substring(q1 + 1, q2) + "\"" : "";
            return "unknown word" + word + ": a value is text in double quotes, a number, true, false, null, a list"
                    + " [...] or an object {...}";
        }
        if (m.startsWith("Unexpected character")) {
            int q1 = m.indexOf('\'');
            String found = q1 >= 0 && q1 + 1 < m.length() ? " " + m.charAt(q1 + 1) : "";
            return "unexpected character" + found + " here";
        }
        // Anything else: the first clause, without codes or quoted source.
        m = m.replaceAll(" ?\\(code \\d+\\)", "").replaceAll("\\s+", " ").trim();
        int colon = m.indexOf(": ");
        return (colon > 0 ? m.substring(0, colon) : m).toLowerCase(java.util.Locale.ROOT);
    }

    private static Value read(JsonParser p) throws IOException, SyntaxError {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Member> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = p.currentTokenLocation();
                    String key = p.currentName();
                    p.nextToken();
                    Value value = read(p);
                    Member previous = members.put(key, new Member(key, value, keyAt.getLineNr(), keyAt.getColumnNr()));
                    if (previous != null) {
                        throw new SyntaxError("the key \"" + key + "\" appears twice in the same object (first on line "
                                + previous.line() + ")", keyAt.getLineNr(), keyAt.getColumnNr());
                    }
                }
                return new Obj(members, line, col);
            }
            case START_ARRAY: {
                List<Value> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p));
                }
                return new Arr(items, line, col);
            }
            case VALUE_STRING:
                return new Str(p.getText(), line, col);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Num(p.getDecimalValue(), line, col);
            case VALUE_TRUE:
                return new Bool(true, line, col);
            case VALUE_FALSE:
                return new Bool(false, line, col);
            case VALUE_NULL:
                return new Null(line, col);
            default:
                throw new SyntaxError("unexpected " + token, line, col);
        }
    }
}
