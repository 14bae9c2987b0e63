package org.villageregistry.service.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.MonthlySignoffs.Signoff;
import org.villageregistry.domain.sync.MonthlySignoffs.State;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.Json;
import org.villageregistry.service.change.CanonicalJson;
import org.villageregistry.service.signoff.SignoffService;

/**
 * How submitted months travel (docs/decisions/0014-monthly-signoff.md): the village puts every month still waiting
 * for a decision into each bundle (a lost stick costs nothing); the township keeps the latest submission of each
 * month unless it approved one already; approvals and returns come back in the receipt.
 */
final class SignoffTransport {
    private final Register register;

    SignoffTransport(Register register) {
        this.register = register;
    }

    /** Village: the months waiting for the township's decision, as the bundle carries them. */
    List<String> outgoing() {
        String village = register.workstation().division().value();
        return register.sync().signoffs().ofVillage(village).stream().filter(s -> s.state() == State.SUBMITTED)
                .map(SignoffTransport::entry).toList();
    }

    private static String entry(Signoff s) {
        ObjectNode o = Json.mapper().createObjectNode().put("period", s.period())
                .put("submissionId", s.submissionId().toString()).put("submittedAt", s.submittedAt().toString())
                .put("submittedBy", s.submittedBy());
        o.set("figures", tree(s.figuresJson(), "-"));
        return o.toString();
    }

    /**
     * Township, inside the import's transaction: keeps each month the bundle submits, unless the same submission
     * or a later one is here already or the month was approved. Returns how many months are new here. A month that does not
     * belong to the bundle's village, or is no month, refuses the bundle.
     */
    /** What a bundle's months did: how many were kept, and which came again for a month already approved. */
    record Received(int fresh, List<String> locked) {
    }

    Received receive(String village, UUID bundleId, List<String> entries, String fileName, Instant now) {
        List<Signoff> incoming = new ArrayList<>();
        for (String text : entries) {
            JsonNode e = tree(text, fileName);
            String period = e.path("period").asText();
            JsonNode figures = e.path("figures");
            try {
                SignoffService.month(period);
                incoming.add(new Signoff(village, period, UUID.fromString(e.path("submissionId").asText()),
                        new String(CanonicalJson.utf8(figures), java.nio.charset.StandardCharsets.UTF_8),
                        State.SUBMITTED, Instant.parse(e.path("submittedAt").asText()),
                        e.path("submittedBy").asText(), Optional.of(bundleId), Optional.empty(), Optional.empty(),
                        Optional.empty()));
            } catch (RuntimeException bad) {
                throw new RegistryException(bad, "sync.malformed", fileName);
            }
            if (!village.equals(figures.path("divisionCode").asText())) {
                throw new RegistryException("sync.malformed", fileName);
            }
        }
        int fresh = 0;
        List<String> locked = new ArrayList<>();
        for (Signoff s : incoming) {
            Optional<Signoff> here = register.sync().signoffs().find(village, s.period());
            if (here.isPresent() && here.get().state() == State.APPROVED
                    && !here.get().submissionId().equals(s.submissionId())) {
                // the village submitted a month the township approved before: it has not learnt of the approval
                // (a receipt not imported); the next receipt tells it again, and the clerk is told now
                locked.add(s.period());
                approvalAgain(here.get(), now);
                continue;
            }
            // an older bundle imported late never puts back a submission the village has made again since
            boolean keep = here.map(h -> h.state() != State.APPROVED && !h.submissionId().equals(s.submissionId())
                    && !s.submittedAt().isBefore(h.submittedAt())).orElse(true);
            if (keep) {
                register.sync().signoffs().save(s);
                fresh++;
            }
        }
        return new Received(fresh, locked);
    }

    /** The approval of the month in the village's next receipt, once (not again while one waits unsent). */
    private void approvalAgain(Signoff approved, Instant now) {
        boolean waiting = register.sync().feedback().unsentFeedback(approved.village()).stream()
                .anyMatch(f -> f.kind() == org.villageregistry.domain.sync.SyncRecords.FeedbackKind.SIGNOFF_APPROVED
                        && approved.period().equals(tree(f.payloadJson(), "feedback").path("period").asText()));
        if (waiting) {
            return;
        }
        ObjectNode payload = Json.mapper().createObjectNode().put("period", approved.period())
                .put("submissionId", approved.submissionId().toString());
        payload.set("figures", tree(approved.figuresJson(), "feedback"));
        register.sync().feedback().addFeedback(new org.villageregistry.domain.sync.SyncRecords.Feedback(0,
                approved.village(), org.villageregistry.domain.sync.SyncRecords.FeedbackKind.SIGNOFF_APPROVED,
                Optional.empty(), payload.toString(), now));
    }

    /**
     * Village, inside the receipt's transaction: an approval locks the month with the figures the township
     * approved; a return marks it returned with the reason (the task says what to do).
     */
    void decided(String kind, JsonNode payload, Instant at, String township, String fileName) {
        String village = register.workstation().division().value();
        String period = payload.path("period").asText();
        Optional<Signoff> own = register.sync().signoffs().find(village, period);
        UUID submission;
        try {
            SignoffService.month(period);
            submission = UUID.fromString(payload.path("submissionId").asText());
        } catch (RuntimeException bad) {
            throw new RegistryException(bad, "sync.malformed", fileName);
        }
        if ("SIGNOFF_APPROVED".equals(kind)) {
            JsonNode figures = payload.path("figures");
            if (!figures.isObject()) {
                throw new RegistryException("sync.malformed", fileName);
            }
            String json = new String(CanonicalJson.utf8(figures), java.nio.charset.StandardCharsets.UTF_8);
            Signoff base = own.filter(s -> s.submissionId().equals(submission)).orElse(new Signoff(village, period,
                    submission, json, State.SUBMITTED, at, "-", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty()));
            register.sync().signoffs().save(new Signoff(village, period, submission, json, State.APPROVED,
                    base.submittedAt(), base.submittedBy(), Optional.empty(), Optional.of(at), Optional.of(township),
                    Optional.empty()));
        } else if (own.isPresent() && own.get().submissionId().equals(submission)
                && own.get().state() == State.SUBMITTED) {
            register.sync().signoffs().save(own.get().decided(State.RETURNED, at, township,
                    Optional.of(payload.path("reason").asText())));
        }
    }

    private static JsonNode tree(String json, String fileName) {
        try {
            JsonNode node = Json.mapper().readTree(json);
            if (node == null || !node.isObject()) {
                throw new RegistryException("sync.malformed", fileName);
            }
            return node;
        } catch (IOException e) {
            throw new RegistryException(e, "sync.malformed", fileName);
        }
    }
}
