package org.portolan.rules;

import static org.portolan.rules.RuleId.*;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where each rule ID comes from: the section and table row of Microsoft's article (Korean edition, which
 * Portolan follows), or the page it links to. Printed as the sheet's last appendix so that a reviewer can check
 * every rule against its source.
 */
public final class RuleSources {

    /** The source article's title and address. */
    public static final String ARTICLE = "클라이언트에 대한 네트워크 포트 및 Exchange 2013의 메일 흐름 (Network ports for"
            + " clients and mail flow in Exchange 2013), Exchange 2013 Help";
    public static final String ARTICLE_ADDRESS = "https://technet.microsoft.com/ko-kr/library/Bb331973(v=EXCHG.150)";

    /** One rule's source: the section, and the row of its table (or what in the section says it). */
    public record Source(String section, String row) {
    }

    private static final String CLIENTS = "클라이언트와 서비스에 필요한 네트워크 포트 (clients and services)";
    private static final String NO_EDGE = "Edge 전송 서버가 없는 메일 흐름에 필요한 네트워크 포트 (mail flow without Edge)";
    private static final String EDGE = "Edge 전송 서버를 사용하는 메일 흐름에 필요한 네트워크 포트 (mail flow with Edge)";
    private static final String HYBRID = "하이브리드 배포에 필요한 네트워크 포트 (hybrid), linked page \"Hybrid deployment"
            + " prerequisites\"";
    private static final String GROUND = "Introduction, ground rules (기본 규칙)";

    private static final Map<RuleId, Source> SOURCES = new EnumMap<>(RuleId.class);

    static {
        put(C1, CLIENTS, "443/TCP (HTTPS): Autodiscover, EAS, EWS, OAB, Outlook Anywhere, MAPI over HTTP, OWA");
        put(C2, CLIENTS, "80/TCP (HTTP): Internet calendar publishing, OWA redirect, Autodiscover fallback");
        put(C3, CLIENTS, "143/TCP, 993/TCP (IMAP4)");
        put(C4, CLIENTS, "110/TCP, 995/TCP (POP3)");
        put(C5, CLIENTS, "587/TCP (SMTP): authenticated SMTP clients");
        put(N1, NO_EDGE, "인바운드 메일 (inbound mail), Internet → Client Access, 25/TCP");
        put(N2, NO_EDGE, "아웃바운드 메일 (outbound mail), Mailbox → Internet, 25/TCP");
        put(N3, NO_EDGE, "아웃바운드 메일 (클라이언트 액세스 서버를 통해 라우팅), Client Access → Internet, 25/TCP");
        put(N4, NO_EDGE, "다음 메일 홉의 이름 확인에 대한 DNS (DNS for next-hop name resolution), 53/UDP, 53/TCP");
        put(N5, "이름 확인 (name resolution)", "\"모든 내부 Exchange 서버는 … 내부 호스트 이름을 확인할 수 있어야 합니다\"");
        put(E1, EDGE, "인바운드 메일, Internet → Edge Transport, 25/TCP");
        put(E2, EDGE, "인바운드 메일, Edge Transport → Mailbox, 25/TCP");
        put(E3, EDGE, "아웃바운드 메일, Mailbox → Edge Transport, 25/TCP");
        put(E4, EDGE, "아웃바운드 메일, Edge Transport → Internet, 25/TCP");
        put(E5, EDGE, "EdgeSync 동기화, Mailbox → Edge Transport, 50636/TCP (secure LDAP)");
        put(E6, EDGE, "다음 메일 홉의 이름 확인에 대한 DNS, Edge Transport → DNS, 53/UDP, 53/TCP");
        put(E7, EDGE, "Last row (proxy server definition; its purpose column repeats the DNS row by mistake),"
                + " user-defined port");
        put(H1, HYBRID, "25/TCP (SMTP/TLS), Exchange Online Protection → on-premises");
        put(H2, HYBRID, "25/TCP (SMTP/TLS), on-premises → Exchange Online Protection");
        put(H3, HYBRID, "443/TCP, Exchange Online → on-premises Autodiscover, EWS, MRS proxy");
        put(H4, HYBRID, "443/TCP, on-premises → Exchange Online");
        put(L1, "Not in the article: \"Load balancing in Exchange 2013\" (Portolan specification v2)",
                "clients reach the load balancer's virtual IP");
        put(L2, "Not in the article: \"Load balancing in Exchange 2013\" (Portolan specification v2)",
                "layer-4 forwarding to the Client Access servers, no session affinity");
        put(R1, GROUND, "no restriction between internal Exchange servers");
        put(R2, GROUND, "no restriction between internal Exchange servers and domain controllers");
    }

    private RuleSources() {
    }

    private static void put(RuleId id, String section, String row) {
        SOURCES.put(id, new Source(section, row));
    }

    /** The rule's title: its table entry's, or for L1, which has none (see {@link RuleId}), the routing it is. */
    public static String title(RuleId id) {
        return id == RuleId.L1 ? "Published through a load balancer" : RuleTable.rule(id).title();
    }

    /** Where in the article the rule is, in a few words: "'mail flow with Edge' table". */
    public static String table(RuleId id) {
        return switch (id) {
            case C1, C2, C3, C4, C5 -> "'clients and services' table";
            case N1, N2, N3, N4 -> "'mail flow without Edge' table";
            case N5 -> "'name resolution' section";
            case E1, E2, E3, E4, E5, E6, E7 -> "'mail flow with Edge' table";
            case H1, H2, H3, H4 -> "'hybrid deployment prerequisites' page";
            case L1, L2 -> "load balancing (specification v2)";
            case R1, R2 -> "ground rules";
        };
    }

    public static Source of(RuleId id) {
        return SOURCES.get(id);
    }
}
