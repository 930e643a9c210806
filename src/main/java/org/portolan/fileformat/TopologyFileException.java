package org.portolan.fileformat;

/**
 * A diagram file that cannot be read. {@link #getMessage()} is the whole sentence for the user:
 * "sample.portolan:12:9: unknown key "imap" in options; valid keys: …".
 */
public class TopologyFileException extends Exception {

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public TopologyFileException(String file, int line, int column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String file, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is about the file as a whole. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The problem without the file and position. */
    public String problem() {
        return problem;
    }
}
