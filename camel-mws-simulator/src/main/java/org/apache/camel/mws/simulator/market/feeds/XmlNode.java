package org.apache.camel.mws.simulator.market.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small element tree for one feed message (messages are small; the feed itself is streamed). */
final class XmlNode {

    final String name;
    final Map<String, String> attributes;
    final List<XmlNode> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    XmlNode(String name, Map<String, String> attributes) {
        this.name = name;
        this.attributes = attributes;
    }

    /** The first child named so, or null. */
    XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    List<XmlNode> children(String childName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Trimmed text of a descendant path (a/b/c), or null when absent or empty. */
    String text(String path) {
        XmlNode cur = this;
        for (String p : path.split("/")) {
            cur = cur.child(p);
            if (cur == null) {
                return null;
            }
        }
        String t = cur.text.toString().trim();
        return t.isEmpty() ? null : t;
    }
}
