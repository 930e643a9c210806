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
        DiagramRenderer[] renderer = new DiagramRenderer[2];
        Supplier<DiagramRenderer> diagram = () -> {
            if (renderer[0] == null) {
                renderer[0] = new DiagramRenderer(DiagramLayouter.layout(topology, analysis.flows()));
            }
            return renderer[0];
        };
        // The PNG and SVG show the view asked for; the sheet shows every view on pages of its own.
        Supplier<DiagramRenderer> picture = request.view() == View.ALL ? diagram : () -> {
            if (renderer[1] == null) {
                renderer[1] = new DiagramRenderer(DiagramLayouter.layout(topology, analysis.flows(), request.view()));
            }
            return renderer[1];
        };
        if (request.csv() != null) {
            outputs.put(request.csv(), () -> utf8(TableFormat.CSV.render(topology, analysis.flows(),
                    new TableOptions(request.excel(), ZonedDateTime.now()))));
        }
        if (request.markdown() != null) {
            outputs.put(request.markdown(), () -> utf8(TableFormat.MARKDOWN.render(topology, analysis.flows(),
                    TableOptions.now())));
        }
        if (request.svg() != null) {
            outputs.put(request.svg(), () -> utf8(SvgExporter.export(picture.get(), topology.name())));
        }
        if (request.png() != null) {
            outputs.put(request.png(), () -> PngExporter.export(picture.get(), request.pngScale(), request.transparentPng()));
        }
        if (request.pdf() != null) {
            outputs.put(request.pdf(), () -> PortRequirementSheet.export(analysis, diagram.get(),
                    new SheetOptions(request.paper(), request.author(), ZonedDateTime.now(), request.perHostAppendix())));
        }
        if (request.handout() != null) {
            outputs.put(request.handout(), () -> org.portolan.export.pdf.Handout.export(analysis, request.paper(),
                    ZonedDateTime.now()));
        }
        if (request.capirca() != null) {
            capirca(topology, analysis, request, outputs);
        }
        for (Path target : outputs.keySet()) {
            checkWritable(target);
        }
        List<Path> written = new ArrayList<>();
        int done = 0;
        for (Map.Entry<Path, Supplier<byte[]>> e : outputs.entrySet()) {
            progress.update(done, outputs.size(), e.getKey().getFileName().toString());
            writeAtomically(e.getKey(), e.getValue().get());
            written.add(e.getKey());
            done++;
        }
        progress.update(done, outputs.size(), null);
        return written;
    }

    /** The policy's three files; their folders are made inside the chosen one, which must exist or be makeable. */
    private static void capirca(Topology topology, Analysis analysis, ExportRequest request,
                                Map<Path, Supplier<byte[]>> outputs) throws ExportException {
        Path dir = request.capirca();
        Path parent = dir.toAbsolutePath().getParent();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ExportException("cannot write the Capirca policy into " + dir + ": it is a file, not a folder");
        }
        if (!Files.isDirectory(dir) && (parent == null || !Files.isDirectory(parent))) {
            throw new ExportException("cannot write the Capirca policy into " + dir + ": the folder " + parent
                    + " does not exist");
        }
        try {
            Files.createDirectories(dir.resolve("def"));
            Files.createDirectories(dir.resolve("policies").resolve("pol"));
        } catch (IOException e) {
            throw new ExportException("cannot make the Capirca folders in " + dir + ": " + e.getMessage());
        }
        CapircaPolicy.PolicyFiles files = CapircaPolicy.of(topology.name(),
                FirewallPolicy.of(topology, analysis.flows()), request.capircaTargets());
        outputs.put(dir.resolve("def").resolve("NETWORK.net"), () -> utf8(files.network()));
        outputs.put(dir.resolve("def").resolve("SERVICES.svc"), () -> utf8(files.services()));
        outputs.put(dir.resolve("policies").resolve("pol").resolve(files.policyName() + ".pol"),
                () -> utf8(files.policy()));
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
