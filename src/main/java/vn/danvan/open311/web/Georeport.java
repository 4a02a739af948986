package vn.danvan.open311.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes GeoReport v2 documents as JSON or XML from one model: a list of ordered maps. XML element names
 * follow the specification: {@code services/service}, {@code service_requests/request}, {@code errors/error}.
 */
final class Georeport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");
    static final MediaType JSON_TYPE = MediaType.parseMediaType("application/json;charset=UTF-8");

    private Georeport() {}

    static ResponseEntity<String> write(
            String format, HttpStatus status, String root, String item, List<? extends Map<String, ?>> items) {
        if ("xml".equals(format)) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<")
                    .append(root)
                    .append('>');
            for (Map<String, ?> entry : items) {
                xml.append('<').append(item).append('>');
                entry.forEach((name, value) -> element(xml, name, value));
                xml.append("</").append(item).append('>');
            }
            xml.append("</").append(root).append(">\n");
            return ResponseEntity.status(status).contentType(XML).body(xml.toString());
        }
        return ResponseEntity.status(status).contentType(JSON_TYPE).body(JSON.writeValueAsString(items));
    }

    /** A single JSON object / XML element (the discovery document). */
    static ResponseEntity<String> writeObject(String format, String root, Map<String, ?> document) {
        if ("xml".equals(format)) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
            element(xml, root, document);
            return ResponseEntity.ok().contentType(XML).body(xml.append('\n').toString());
        }
        return ResponseEntity.ok().contentType(JSON_TYPE).body(JSON.writeValueAsString(document));
    }

    static ResponseEntity<String> error(String format, HttpStatus status, String description) {
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("code", status.value());
        error.put("description", description);
        return write(format, status, "errors", "error", List.of(error));
    }

    @SuppressWarnings("unchecked")
    private static void element(StringBuilder xml, String name, Object value) {
        if (value == null) {
            xml.append('<').append(name).append("/>");
        } else if (value instanceof Map<?, ?> map) {
            xml.append('<').append(name).append('>');
            ((Map<String, Object>) map).forEach((child, childValue) -> element(xml, child, childValue));
            xml.append("</").append(name).append('>');
        } else if (value instanceof List<?> list) {
            xml.append('<').append(name).append('>');
            String child = name.endsWith("s") ? name.substring(0, name.length() - 1) : "item";
            list.forEach(v -> element(xml, child, v));
            xml.append("</").append(name).append('>');
        } else {
            xml.append('<')
                    .append(name)
                    .append('>')
                    .append(escape(String.valueOf(value)))
                    .append("</")
                    .append(name)
                    .append('>');
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
