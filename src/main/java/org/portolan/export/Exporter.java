package org.portolan.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.portolan.analysis.Analysis;
import org.portolan.analysis.View;
import org.portolan.capirca.CapircaPolicy;
import org.portolan.firewall.FirewallPolicy;
import org.portolan.export.pdf.PortRequirementSheet;
import org.portolan.export.pdf.SheetOptions;
import org.portolan.io.AtomicFiles;
import org.portolan.layout.DiagramLayouter;
import org.portolan.model.Topology;
import org.portolan.render.DiagramRenderer;
import org.portolan.report.TableFormat;
import org.portolan.report.TableOptions;

/**
 * Writes every output of an {@link ExportRequest} in one run. Each file is written to a temporary file
 * beside it and moved into place, so a failure never leaves a partial file; all target folders are
 * checked before anything is written.
 */
public final class Exporter {

    /** A file that could not be written, with a sentence that says why. */
    public static final class ExportException extends Exception {
        public ExportException(String message) {
            super(message);
        }
    }

    /** Reports progress: how many of the outputs are done, and which is being made. */
    public interface Progress {
        void update(int done, int total, String current);

        Progress NONE = (done, total, current) -> { };
    }

    private Exporter() {
    }

    /** @return the files written, in order */
    public static List<Path> export(Topology topology, ExportRequest request, Progress progress) throws ExportException {
        Map<Path, Supplier<byte[]>> outputs = new LinkedHashMap<>();
        Analysis analysis = Analysis.of(topology);
        // Each made once, when the first output that needs it is written.
        Supplier<FirewallPolicy> policy = once(() -> FirewallPolicy.of(topology, analysis.flows()));
        Supplier<DiagramRenderer> diagram = once(() -> new DiagramRenderer(DiagramLayouter.layout(topology,
                analysis.flows())));
        // The PNG and SVG show the view asked for; the sheet shows every view on pages of its own.
        Supplier<DiagramRenderer> picture = request.view() == View.ALL ? diagram : once(() -> new DiagramRenderer(
                DiagramLayouter.layout(topology, analysis.flows(), request.view())));
        if (request.csv() != null) {
            outputs.put(request.csv(), () -> utf8(TableFormat.CSV.render(topology, analysis.flows(), policy.get(),
                    new TableOptions(request.excel(), ZonedDateTime.now()))));
        }
        if (request.markdown() != null) {
            outputs.put(request.markdown(), () -> utf8(TableFormat.MARKDOWN.render(topology, analysis.flows(),
                    policy.get(), TableOptions.now())));
        }
        if (request.svg() != null) {
            outputs.put(request.svg(), () -> utf8(SvgExporter.export(picture.get(), topology.name())));
        }
        if (request.png() != null) {
            outputs.put(request.png(), () -> PngExporter.export(picture.get(), request.pngScale(), request.transparentPng()));
        }
        if (request.pdf() != null) {
            outputs.put(request.pdf(), () -> PortRequirementSheet.export(analysis, diagram.get(), policy.get(),
                    new SheetOptions(request.paper(), request.author(), ZonedDateTime.now(), request.perHostAppendix())));
        }
        if (request.handout() != null) {
            outputs.put(request.handout(), () -> org.portolan.export.pdf.Handout.export(analysis, request.paper(),
                    ZonedDateTime.now()));
        }
        java.util.Set<Path> inNewFolders = new java.util.HashSet<>();
        if (request.capirca() != null) {
            capirca(topology, request, policy, outputs, inNewFolders);
        }
        for (Path target : outputs.keySet()) {
            // A Capirca file whose folder is still to be made: capirca() checked where that folder goes.
            if (!inNewFolders.contains(target) || Files.isDirectory(target.toAbsolutePath().getParent())) {
                checkWritable(target);
            }
        }
        List<Path> written = new ArrayList<>();
        int done = 0;
        for (Map.Entry<Path, Supplier<byte[]>> e : outputs.entrySet()) {
            progress.update(done, outputs.size(), e.getKey().getFileName().toString());
            if (inNewFolders.contains(e.getKey())) {
                makeFolder(e.getKey().toAbsolutePath().getParent());
            }
            writeAtomically(e.getKey(), e.getValue().get());
            written.add(e.getKey());
            done++;
        }
        progress.update(done, outputs.size(), null);
        return written;
    }

    /**
     * The policy's three files. Their folders (def/, policies/pol/) are made inside the chosen one, which must
     * exist or be makeable, only once every output has been checked: a refused export leaves nothing behind.
     */
    private static void capirca(Topology topology, ExportRequest request, Supplier<FirewallPolicy> policy,
                                Map<Path, Supplier<byte[]>> outputs, java.util.Set<Path> inNewFolders)
            throws ExportException {
        Path dir = request.capirca();
        Path parent = dir.toAbsolutePath().getParent();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ExportException("cannot write the Capirca policy into " + dir + ": it is a file, not a folder");
        }
        if (!Files.isDirectory(dir) && (parent == null || !Files.isDirectory(parent))) {
            throw new ExportException("cannot write the Capirca policy into " + dir + ": the folder " + parent
                    + " does not exist");
        }
        Path writable = Files.isDirectory(dir) ? dir : parent;
        if (!Files.isWritable(writable)) {
            throw new ExportException("cannot write the Capirca policy into " + dir + ": the folder " + writable
                    + " is not writable");
        }
        Supplier<CapircaPolicy.PolicyFiles> files = once(() -> CapircaPolicy.of(topology.name(), policy.get(),
                request.capircaTargets()));
        Path network = dir.resolve("def").resolve("NETWORK.net");
        Path services = dir.resolve("def").resolve("SERVICES.svc");
        Path pol = dir.resolve("policies").resolve("pol").resolve(CapircaPolicy.policyName(topology.name()) + ".pol");
        outputs.put(network, () -> utf8(files.get().network()));
        outputs.put(services, () -> utf8(files.get().services()));
        outputs.put(pol, () -> utf8(files.get().policy()));
        inNewFolders.addAll(java.util.List.of(network, services, pol));
    }

    private static void makeFolder(Path folder) throws ExportException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ExportException("cannot make the folder " + folder + ": " + e.getMessage());
        }
    }

    /** {@code make}'s value, made on the first {@code get()} and kept. */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static void checkWritable(Path target) throws ExportException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new ExportException("cannot write " + target + ": it is a folder");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("cannot write " + target + ": the folder " + dir + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            throw new ExportException("cannot write " + target + ": the folder " + dir + " is not writable");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new ExportException("cannot write " + target + ": the file is read-only");
        }
    }

    private static void writeAtomically(Path target, byte[] bytes) throws ExportException {
        try {
            AtomicFiles.write(target, bytes);
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": " + e.getMessage());
        }
    }
}
