package org.portolan.firewall;

import java.util.List;
import org.portolan.rules.Crossing;
import org.portolan.rules.Flow;
import org.portolan.rules.RuleId;

/**
 * One rule a firewall team creates: allow {@code service} from {@code source} to {@code destination}, at the
 * firewall between the zones of {@code crossing}.
 *
 * @param number  the rule's number, once across the whole document (unrestricted rules continue it)
 * @param ruleIds the rule IDs of the flows it stands for, in rule table order; L1 when it reaches a load balancer
 * @param flows   the host-to-host flows it covers (the per-host expansion)
 */
public record PolicyRule(int number, Crossing crossing, AddressObject source, AddressObject destination,
                         ServiceSet service, List<RuleId> ruleIds, List<Flow> flows) {

    public PolicyRule {
        ruleIds = List.copyOf(ruleIds);
        flows = List.copyOf(flows);
    }

    /** R1 and R2: any port, any protocol, both ways, not inspected. */
    public boolean isUnrestricted() {
        return service.isAny();
    }

    /** "N1, E1, L1". */
    public String ruleIdList() {
        return String.join(", ", ruleIds.stream().map(RuleId::name).toList());
    }

    /** One line for the sheet and the policy comment: the service and the rule IDs. */
    public String justification() {
        return service.description() + " · " + ruleIdList();
    }
}
