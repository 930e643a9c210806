package org.portolan.fileformat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.portolan.io.JsonTree.Member;
import org.portolan.io.JsonTree.Obj;
import org.portolan.io.JsonTree.Value;
import org.portolan.model.ChangeRequest;

/** The "changeRequest" object of a .portolan file: the sheet's document fields (docs/file-format.md). */
final class ChangeRequestFields {

    static final Set<String> KEYS = FileFormat.keys("documentNumber", "revision", "status", "requester",
            "changeTicket", "implementationWindow", "approver", "firewallOwner", "revisions");
    static final Set<String> REVISION_KEYS = FileFormat.keys("revision", "date", "author", "description");

    private ChangeRequestFields() {
    }

    static ChangeRequest read(TopologyReader r, Member member) throws TopologyFileException {
        if (member == null) {
            return ChangeRequest.NONE;
        }
        String where = "changeRequest";
        Obj o = r.object(member.value(), where);
        r.checkKeys(o, KEYS, where);
        Member status = o.members().get("status");
        List<ChangeRequest.Revision> revisions = new ArrayList<>();
        Member list = o.members().get("revisions");
        if (list != null) {
            List<Value> items = r.list(list.value(), where + ".revisions");
            for (int i = 0; i < items.size(); i++) {
                String at = where + ".revisions[" + i + "]";
                Obj rev = r.object(items.get(i), at);
                r.checkKeys(rev, REVISION_KEYS, at);
                revisions.add(new ChangeRequest.Revision(r.optionalString(rev, "revision", at, ""),
                        r.optionalString(rev, "date", at, ""), r.optionalString(rev, "author", at, ""),
                        r.optionalString(rev, "description", at, "")));
            }
        }
        return new ChangeRequest(r.optionalString(o, "documentNumber", where, ""),
                r.optionalString(o, "revision", where, ""),
                status == null ? ChangeRequest.Status.DRAFT
                        : r.enumValue(status.value(), ChangeRequest.Status.class, where + ".status", "statuses"),
                r.optionalString(o, "requester", where, ""), r.optionalString(o, "changeTicket", where, ""),
                r.optionalString(o, "implementationWindow", where, ""), r.optionalString(o, "approver", where, ""),
                r.optionalString(o, "firewallOwner", where, ""), revisions);
    }
}
