package dev.postmortem.markdown;

import dev.postmortem.core.Postmortem;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;

/** Names the first differing parts of two models, for failure messages. */
final class Diffs {

    private Diffs() {
    }

    static String describe(Object expected, Object actual) {
        StringBuilder sb = new StringBuilder();
        diff("", expected, actual, sb, 0);
        return sb.length() == 0 ? "(equal)" : sb.toString();
    }

    private static void diff(String path, Object a, Object b, StringBuilder sb, int depth) {
        if (Objects.equals(a, b) || sb.length() > 3000) {
            return;
        }
        if (a != null && b != null && a.getClass().isRecord() && a.getClass() == b.getClass() && depth < 6) {
            for (RecordComponent rc : a.getClass().getRecordComponents()) {
                try {
                    diff(path + "." + rc.getName(), rc.getAccessor().invoke(a), rc.getAccessor().invoke(b), sb, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb && depth < 6) {
            if (la.size() != lb.size()) {
                sb.append(path).append(": ").append(la.size()).append(" elements, got ").append(lb.size()).append('\n');
            }
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                diff(path + "[" + i + "]", la.get(i), lb.get(i), sb, depth + 1);
            }
            return;
        }
        sb.append(path.isEmpty() ? "model" : path.substring(1)).append(":\n  expected: ").append(show(a))
                .append("\n  actual:   ").append(show(b)).append('\n');
    }

    private static String show(Object o) {
        return o == null ? "null" : o instanceof String s ? "\"" + s.replace("\n", "\\n") + "\"" : o.toString();
    }

    static String describe(Postmortem a, Postmortem b) {
        return describe((Object) a, (Object) b);
    }
}
