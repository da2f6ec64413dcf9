package org.apache.camel.component.mws.xml;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads JAXB-annotated model classes straight from a StAX reader, following the same annotations the JAXB runtime
 * follows, for the subset the MWS models use: field access, {@code @XmlElement}, {@code @XmlElementWrapper} lists,
 * repeated elements into lists, {@code @XmlAnyElement} (DOM), {@code @XmlTransient} superclasses and
 * {@code @XmlJavaTypeAdapter} on fields or packages. Elements are matched by local name, in any order; unknown
 * elements are skipped.
 * <p>
 * Why not the JAXB runtime itself: on 100-order ListOrders pages it spends about three times as long as the XML
 * parser underneath, which keeps order synchronisation well below its throughput goal. This binder adds little to
 * the parser's own cost. The JAXB runtime stays the reference: the tests read every sample document both ways and
 * compare the results, and classes using anything outside the subset ({@link #supports}) are left to JAXB.
 * <p>
 * Thread-safe; bindings are computed once per class.
 */
public final class StaxModelBinder {

    private static final DocumentBuilderFactory DOM = DocumentBuilderFactory.newInstance();

    static {
        DOM.setNamespaceAware(true);
        try {
            // only used to create empty documents, but keep it safe should anyone parse with it
            DOM.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DOM.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            // not every DOM implementation knows these features; no parsing happens here
        }
    }

    private final Map<Class<?>, ClassBinding> bindings = new ConcurrentHashMap<>();

    /**
     * @return whether every property of the class (and of the classes it refers to) is within the subset this binder
     *         reads exactly as JAXB would
     */
    public boolean supports(Class<?> type) {
        try {
            binding(type).verify(new HashMap<>());
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Reads an object of the given type from the element the reader is on, leaving the reader on that element's
     * END_ELEMENT.
     *
     * @throws InvalidValueException when a text cannot be converted to its field's type
     * @throws XMLStreamException    when the XML is malformed or truncated
     */
    public <T> T read(XMLStreamReader reader, Class<T> type) throws XMLStreamException {
        if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
            throw new IllegalStateException("the reader must be on a start element");
        }
        return type.cast(binding(type).read(reader));
    }

    private ClassBinding binding(Class<?> type) {
        ClassBinding b = bindings.get(type);
        if (b == null) {
            b = bindings.computeIfAbsent(type, ClassBinding::new);
        }
        return b;
    }

    /**
     * How one model class is read: its constructor, its properties by element name, and its any-element list.
     */
    private final class ClassBinding {

        private final Class<?> type;
        private final Constructor<?> constructor;
        private final Map<String, Property> properties = new HashMap<>();
        private Field anyElements;
        private final String unsupported;

        ClassBinding(Class<?> type) {
            this.type = type;
            String problem = null;
            Constructor<?> ctor = null;
            try {
                ctor = type.getDeclaredConstructor();
                ctor.setAccessible(true);
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    if (c != type && !c.isAnnotationPresent(XmlTransient.class)) {
                        problem = "superclass " + c.getName() + " is not @XmlTransient";
                        break;
                    }
                    for (Field f : c.getDeclaredFields()) {
                        String p = addField(f);
                        if (p != null) {
                            problem = p;
                        }
                    }
                }
            } catch (NoSuchMethodException e) {
                problem = "no default constructor";
            } catch (RuntimeException e) {
                problem = e.toString();
            }
            this.constructor = ctor;
            this.unsupported = problem;
        }

        private String addField(Field f) {
            int mod = f.getModifiers();
            if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()
                    || f.isAnnotationPresent(XmlTransient.class)) {
                return null;
            }
            XmlElement element = f.getAnnotation(XmlElement.class);
            XmlElementWrapper wrapper = f.getAnnotation(XmlElementWrapper.class);
            XmlAnyElement any = f.getAnnotation(XmlAnyElement.class);
            for (var a : f.getAnnotations()) {
                String pkg = a.annotationType().getPackageName();
                if (pkg.startsWith("jakarta.xml.bind.annotation") && !(a instanceof XmlElement)
                        && !(a instanceof XmlElementWrapper) && !(a instanceof XmlAnyElement)
                        && !(a instanceof XmlJavaTypeAdapter)) {
                    return "@" + a.annotationType().getSimpleName() + " on " + f;
                }
            }
            if (element == null && wrapper == null && any == null && !fieldAccess(f.getDeclaringClass())) {
                return null; // not a property under PROPERTY/NONE access (the models use FIELD access)
            }
            f.setAccessible(true);
            if (any != null) {
                if (!List.class.isAssignableFrom(f.getType()) || itemType(f) != Element.class) {
                    return "@XmlAnyElement on " + f + " is not a List<Element>";
                }
                anyElements = f;
                return null;
            }
            String name = element != null && !"##default".equals(element.name()) ? element.name() : f.getName();
            boolean list = List.class.isAssignableFrom(f.getType());
            Class<?> valueType = list ? itemType(f) : f.getType();
            if (valueType == null) {
                return "raw list " + f;
            }
            Converter converter = converter(f, valueType);
            Property p = new Property(f, valueType, converter, list);
            if (wrapper != null) {
                if (!list) {
                    return "@XmlElementWrapper on a non-list " + f;
                }
                String wrapperName = "##default".equals(wrapper.name()) ? f.getName() : wrapper.name();
                properties.put(wrapperName, new WrapperProperty(name, p));
            } else {
                properties.put(name, p);
            }
            return null;
        }

        void verify(Map<Class<?>, Boolean> seen) {
            if (seen.put(type, Boolean.TRUE) != null) {
                return;
            }
            if (unsupported != null) {
                throw new UnsupportedOperationException(type.getName() + ": " + unsupported);
            }
            for (Property p : properties.values()) {
                Property target = p instanceof WrapperProperty w ? w.item : p;
                if (target.converter == null) {
                    binding(target.valueType).verify(seen);
                }
            }
        }

        Object read(XMLStreamReader reader) throws XMLStreamException {
            if (unsupported != null) {
                throw new IllegalStateException(type.getName() + " cannot be read by the binder: " + unsupported);
            }
            Object bean = newInstance();
            while (true) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Property p = properties.get(reader.getLocalName());
                    if (p != null) {
                        p.read(reader, bean);
                    } else if (anyElements != null) {
                        addAny(bean, reader);
                    } else {
                        SecureStax.skipElement(reader);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    return bean;
                }
            }
        }

        private Object newInstance() {
            try {
                return constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + type.getName(), e);
            }
        }

        private void addAny(Object bean, XMLStreamReader reader) throws XMLStreamException {
            try {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) anyElements.get(bean);
                if (list == null) {
                    list = new ArrayList<>();
                    anyElements.set(bean, list);
                }
                list.add(toDom(reader));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A single-valued or repeated element.
     */
    private class Property {

        final Field field;
        final Class<?> valueType;
        final Converter converter; // null: a nested model class
        final boolean list;
        private volatile ClassBinding nested;

        Property(Field field, Class<?> valueType, Converter converter, boolean list) {
            this.field = field;
            this.valueType = valueType;
            this.converter = converter;
            this.list = list;
        }

        void read(XMLStreamReader reader, Object bean) throws XMLStreamException {
            Object value = readValue(reader);
            try {
                if (list) {
                    listOf(bean).add(value);
                } else {
                    field.set(bean, value);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        Object readValue(XMLStreamReader reader) throws XMLStreamException {
            if (converter == null) {
                ClassBinding b = nested;
                if (b == null) {
                    b = binding(valueType);
                    nested = b;
                }
                return b.read(reader);
            }
            String text = SecureStax.readText(reader);
            try {
                return converter.convert(text);
            } catch (Exception e) {
                // the reader is on the element's end tag: its name and (nearly) its place
                throw new InvalidValueException(
                        "<" + reader.getLocalName() + "> (" + valueType.getSimpleName() + "): "
                                                + (e.getMessage() != null ? e.getMessage()
                                                        : "'" + BodyDiagnostics.sanitize(text, 40) + "'"),
                        reader.getLocation(), e);
            }
        }

        @SuppressWarnings("unchecked")
        List<Object> listOf(Object bean) throws IllegalAccessException {
            List<Object> values = (List<Object>) field.get(bean);
            if (values == null) {
                values = new ArrayList<>();
                field.set(bean, values);
            }
            return values;
        }
    }

    /**
     * A list inside a wrapper element: the wrapper's children named like the items are read, others skipped.
     */
    private final class WrapperProperty extends Property {

        final String itemName;
        final Property item;

        WrapperProperty(String itemName, Property item) {
            super(item.field, item.valueType, item.converter, true);
            this.itemName = itemName;
            this.item = item;
        }

        @Override
        void read(XMLStreamReader reader, Object bean) throws XMLStreamException {
            List<Object> values;
            try {
                values = item.listOf(bean);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            while (true) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (itemName.equals(reader.getLocalName())) {
                        values.add(item.readValue(reader));
                    } else {
                        SecureStax.skipElement(reader);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    return;
                }
            }
        }
    }

    /**
     * Turns an element's text into a field value.
     */
    @FunctionalInterface
    private interface Converter {
        Object convert(String text) throws Exception;
    }

    private static Converter converter(Field f, Class<?> type) {
        XmlJavaTypeAdapter adapter = f.getAnnotation(XmlJavaTypeAdapter.class);
        if (adapter == null) {
            adapter = packageAdapter(f.getDeclaringClass().getPackage(), type);
        }
        if (adapter != null) {
            XmlAdapter<Object, Object> instance = newAdapter(adapter.value());
            return text -> instance.unmarshal(text);
        }
        if (type == String.class) {
            return text -> text;
        }
        if (type == Integer.class || type == int.class) {
            return text -> blank(text) ? null : number(text, Integer::valueOf);
        }
        if (type == Long.class || type == long.class) {
            return text -> blank(text) ? null : number(text, Long::valueOf);
        }
        if (type == BigDecimal.class) {
            return text -> blank(text) ? null : number(text, BigDecimal::new);
        }
        if (type == BigInteger.class) {
            return text -> blank(text) ? null : number(text, BigInteger::new);
        }
        if (type == Double.class || type == double.class) {
            return text -> blank(text) ? null : number(text, Double::valueOf);
        }
        if (type == Boolean.class || type == boolean.class) {
            return StaxModelBinder::parseBoolean;
        }
        return null; // a nested model class
    }

    private static Object number(String text, java.util.function.Function<String, Object> parse) {
        String s = text.strip();
        try {
            return parse.apply(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + BodyDiagnostics.sanitize(s, 40) + "'", e);
        }
    }

    private static Object parseBoolean(String text) {
        if (blank(text)) {
            return null;
        }
        String s = text.strip();
        if ("true".equalsIgnoreCase(s) || "1".equals(s)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(s) || "0".equals(s)) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("not a boolean: '" + BodyDiagnostics.sanitize(s, 40) + "'");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static XmlJavaTypeAdapter packageAdapter(Package pkg, Class<?> type) {
        if (pkg == null) {
            return null;
        }
        XmlJavaTypeAdapter single = pkg.getAnnotation(XmlJavaTypeAdapter.class);
        if (single != null && single.type() == type) {
            return single;
        }
        XmlJavaTypeAdapters many = pkg.getAnnotation(XmlJavaTypeAdapters.class);
        if (many != null) {
            for (XmlJavaTypeAdapter a : many.value()) {
                if (a.type() == type) {
                    return a;
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static XmlAdapter<Object, Object> newAdapter(Class<? extends XmlAdapter> type) {
        try {
            Constructor<? extends XmlAdapter> c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the adapter " + type.getName(), e);
        }
    }

    private static boolean fieldAccess(Class<?> c) {
        XmlAccessorType t = c.getAnnotation(XmlAccessorType.class);
        if (t == null && c.getPackage() != null) {
            t = c.getPackage().getAnnotation(XmlAccessorType.class);
        }
        return t != null && t.value() == XmlAccessType.FIELD;
    }

    private static Class<?> itemType(Field f) {
        Type g = f.getGenericType();
        if (g instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    /**
     * Copies the current element into a DOM element (no namespaces, as the reader presents them; whitespace-only
     * text left out), leaving the reader on its END_ELEMENT.
     */
    private static Element toDom(XMLStreamReader reader) throws XMLStreamException {
        Document doc;
        try {
            doc = DOM.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element root = doc.createElementNS(null, reader.getLocalName());
        doc.appendChild(root);
        copyAttributes(reader, root);
        Node current = root;
        while (current != null) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                    Element child = doc.createElementNS(null, reader.getLocalName());
                    copyAttributes(reader, child);
                    current.appendChild(child);
                    current = child;
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    current = current == root ? null : current.getParentNode();
                    break;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA:
                    if (!reader.isWhiteSpace()) { // indentation between elements is not data
                        current.appendChild(doc.createTextNode(reader.getText()));
                    }
                    break;
                default:
                    break;
            }
        }
        return root;
    }

    private static void copyAttributes(XMLStreamReader reader, Element element) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String ns = reader.getAttributeNamespace(i);
            element.setAttributeNS(ns == null || ns.isEmpty() ? null : ns,
                    reader.getAttributePrefix(i) == null || reader.getAttributePrefix(i).isEmpty()
                            ? reader.getAttributeLocalName(i)
                            : reader.getAttributePrefix(i) + ':' + reader.getAttributeLocalName(i),
                    reader.getAttributeValue(i));
        }
    }
}
