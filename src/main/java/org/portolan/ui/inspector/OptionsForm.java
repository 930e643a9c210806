package org.portolan.ui.inspector;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.portolan.model.Options;
import org.portolan.model.Topology;

/**
 * The organisation's form, shown while nothing is selected: the diagram's name and the options the rules
 * depend on. Made once and brought up to date when shown again: making it anew styled and laid out twenty
 * controls, and cost a frame of its own, each time a selection was cleared (a deletion, say).
 */
final class OptionsForm {

    private final Supplier<Topology> topology;
    private final TextField name;
    private final List<Option> options;
    private final TextField port;
    private final List<javafx.scene.Node> children;
    /** The diagram's name and options as the fields show them. */
    private String shownName;
    private String shownPort;

    /** One toggle: how the options show it and how it is changed. */
    private record Option(CheckBox box, Function<Options, Boolean> value) {
    }

    OptionsForm(Supplier<Topology> topology, NodeForm.Editor editor) {
        this.topology = topology;
        Topology t = topology.get();
        shownName = t.name();
        name = Forms.text(t.name(), "inspector-diagram-name", v -> !v.isBlank(), () -> topology.get().name(),
                v -> editor.edit("Rename diagram", x -> x.withName(v.trim())));
        options = List.of(
                option(editor, "HTTP, 80/TCP (C2)", "option-http", Options::http, Options::withHttp),
                option(editor, "IMAP4, 143 and 993/TCP (C3)", "option-imap4", Options::imap4, Options::withImap4),
                option(editor, "POP3, 110 and 995/TCP (C4)", "option-pop3", Options::pop3, Options::withPop3),
                option(editor, "SMTP submission, 587/TCP (C5)", "option-submission", Options::smtpClientSubmission,
                        Options::withSmtpClientSubmission),
                option(editor, "Send connector to the Internet", "option-send-connector",
                        Options::internetSendConnector, Options::withInternetSendConnector),
                option(editor, "Proxy outbound mail through CAS (N3)", "option-proxy-cas",
                        Options::outboundProxyThroughCas, Options::withOutboundProxyThroughCas));
        shownPort = portText(t.options());
        port = Forms.text(shownPort, "option-proxy-port",
                v -> v.isBlank() || v.matches("\\d{1,5}") && Integer.parseInt(v) >= 1 && Integer.parseInt(v) <= 65535,
                () -> portText(topology.get().options()),
                v -> editor.edit("Set sender reputation proxy port", x -> x.withOptions(x.options()
                        .withSenderReputationProxyPort(v.isBlank() ? null : Integer.parseInt(v.trim())))));
        port.setPromptText("none (1-65535)");
        List<javafx.scene.Node> all = new java.util.ArrayList<>(List.of(Forms.title("Organisation"),
                new Label("Diagram name"), name,
                Forms.muted("Options that decide which rules apply (rules file, \"Options\").")));
        options.forEach(o -> all.add(o.box()));
        all.add(new Label("Sender reputation proxy port (E7)"));
        all.add(port);
        all.add(Forms.problem(port, v -> v.isBlank() || v.trim().matches("\\d{1,5}") && Integer.parseInt(v.trim()) >= 1
                && Integer.parseInt(v.trim()) <= 65535 ? null : "A TCP port is a whole number from 1 to 65535;"
                + " leave it empty when no proxy is used", "option-proxy-port-problem"));
        children = List.copyOf(all);
        show(t, true);
    }

    private Option option(NodeForm.Editor editor, String text, String id, Function<Options, Boolean> value,
                          BiFunction<Options, Boolean, Options> change) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setWrapText(true);
        // Applied to the options as they are when ticked, not as they were when the form was made.
        box.setOnAction(e -> editor.edit((box.isSelected() ? "Turn on " : "Turn off ") + text,
                x -> x.withOptions(change.apply(x.options(), box.isSelected()))));
        return new Option(box, value);
    }

    List<javafx.scene.Node> children() {
        return children;
    }

    /**
     * Brings the fields to {@code t}, keeping what is being typed into a field unless {@code reset}, as
     * {@link NodeForm#show} does.
     */
    void show(Topology t, boolean reset) {
        if (reset) {
            name.setText(shownName);
            port.setText(shownPort);
        }
        Forms.follow(name, shownName, t.name());
        shownName = t.name();
        for (Option o : options) {
            o.box().setSelected(o.value().apply(t.options()));
        }
        String portNow = portText(t.options());
        Forms.follow(port, shownPort, portNow);
        shownPort = portNow;
    }

    private static String portText(Options o) {
        return o.senderReputationProxyPort() == null ? "" : o.senderReputationProxyPort().toString();
    }
}
