package org.portolan.render;

import java.util.Locale;

/** Replays the icons' SVG path data (absolute M, L, C and Z only) on any path builder. */
public final class PathData {

    public interface Sink {
        void moveTo(double x, double y);

        void lineTo(double x, double y);

        void curveTo(double x1, double y1, double x2, double y2, double x3, double y3);

        void close();
    }

    private PathData() {
    }

    /** Feeds the path to {@code sink}, mapping every point through x' = ox + x·k, y' = oy + y·k. */
    public static void replay(String data, double ox, double oy, double k, Sink sink) {
        String[] tokens = data.trim().split("[\\s,]+");
        int i = 0;
        char command = 'M';
        while (i < tokens.length) {
            String t = tokens[i];
            if (Character.isLetter(t.charAt(0))) {
                command = Character.toUpperCase(t.charAt(0));
                if (t.length() > 1) {
                    tokens[i] = t.substring(1);
                } else {
                    i++;
                }
                if (command == 'Z') {
                    sink.close();
                    continue;
                }
            }
            switch (command) {
                case 'M' -> {
                    sink.moveTo(ox + num(tokens[i]) * k, oy + num(tokens[i + 1]) * k);
                    i += 2;
                    command = 'L'; // further pairs after M are line-tos
                }
                case 'L' -> {
                    sink.lineTo(ox + num(tokens[i]) * k, oy + num(tokens[i + 1]) * k);
                    i += 2;
                }
                case 'C' -> {
                    sink.curveTo(ox + num(tokens[i]) * k, oy + num(tokens[i + 1]) * k,
                            ox + num(tokens[i + 2]) * k, oy + num(tokens[i + 3]) * k,
                            ox + num(tokens[i + 4]) * k, oy + num(tokens[i + 5]) * k);
                    i += 6;
                }
                default -> throw new IllegalArgumentException(
                        "icon path command '" + command + "' is not supported; use M, L, C and Z".toLowerCase(Locale.ROOT));
            }
        }
    }

    private static double num(String s) {
        return Double.parseDouble(s);
    }
}
