package org.villageregistry.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.service.Json;
import org.villageregistry.service.sync.UploadService;
import org.villageregistry.sync.bundle.BundleKind;
import org.villageregistry.sync.bundle.BundleOrder;
import org.villageregistry.sync.bundle.BundleWriter;
import org.villageregistry.sync.bundle.SignedDocuments;
import org.villageregistry.sync.bundle.WrittenBundle;
import org.villageregistry.sync.enrol.EnrolledOrigin;
import org.villageregistry.sync.enrol.EnrolmentFile;
import org.villageregistry.sync.enrol.EnrolmentReader;
import org.villageregistry.sync.keys.WorkstationKeys;

/**
 * Townships for the county benchmark, made without workstations: each with its keys and enrolment file, and
 * villages whose snapshot bundles (persons only, encrypted to the township and the county) travel with the
 * township-signed upload manifest that {@code vreg upload} sends.
 */
public final class GeneratedTownships {
    /** One upload as the township POSTs it, with the rows it carries (for the benchmark's floor). */
    public record Upload(String village, byte[] body, String manifest, List<Change> changes) {
    }

    /** A township: its enrolment file for the county, and its villages' uploads. */
    public record Township(String division, byte[] enrolment, List<Upload> uploads) {
    }

    private GeneratedTownships() {
    }

    /**
     * {@code townships} townships under {@code county} (codes 100, 101 …), each with {@code villages} villages of
     * {@code persons} persons; bundles are written to {@code work} and read back as bytes.
     */
    public static List<Township> make(String county, byte[] countyEnrolment, int townships, int villages, int persons,
                                      Instant at, Path work) throws IOException {
        EnrolledOrigin countyOrigin = EnrolmentReader.readAccepted(countyEnrolment, "county");
        List<Township> out = new ArrayList<>();
        for (int t = 0; t < townships; t++) {
            String code = county + String.format("%03d", 100 + t);
            WorkstationKeys keys = WorkstationKeys.generate();
            WorkstationInfo info = new WorkstationInfo(UUID.randomUUID(), WorkstationRole.TOWNSHIP,
                    DivisionCode.of(code), "第" + (t + 1) + "乡", at);
            byte[] enrolment = EnrolmentFile.create(info, keys, at);
            EnrolledOrigin townOrigin = EnrolmentReader.readAccepted(enrolment, code);
            Path folder = Files.createDirectories(work.resolve(code));
            List<Upload> uploads = new ArrayList<>();
            for (int v = 1; v <= villages; v++) {
                uploads.add(village(code, v, persons, keys, townOrigin, countyOrigin, at, folder));
            }
            out.add(new Township(code, enrolment, uploads));
        }
        return out;
    }

    private static Upload village(String township, int v, int persons, WorkstationKeys townKeys,
                                  EnrolledOrigin townOrigin, EnrolledOrigin countyOrigin, Instant at, Path folder)
            throws IOException {
        String code = township + String.format("%03d", v);
        WorkstationKeys keys = WorkstationKeys.generate();
        WorkstationInfo info = new WorkstationInfo(UUID.randomUUID(), WorkstationRole.VILLAGE, DivisionCode.of(code),
                "第" + v + "村", at);
        byte[] enrolment = EnrolmentFile.create(info, keys, at);
        List<Change> changes = SyncBenchmark.personChanges(code, persons);
        WrittenBundle bundle = new BundleWriter(keys, ZoneOffset.UTC).write(folder, new BundleOrder(info,
                DivisionCode.of(township), 1, BundleKind.SNAPSHOT, 1, changes, changes.get(changes.size() - 1).hash(),
                at, List.of(townOrigin, countyOrigin)));
        byte[] body = Files.readAllBytes(bundle.file());
        Files.delete(bundle.file());
        ObjectNode m = Json.mapper().createObjectNode().put("format", UploadService.UPLOAD_FORMAT)
                .put("township", township).put("itemId", UUID.randomUUID().toString()).put("kind", "bundle")
                .put("fileName", bundle.fileName()).put("sha256", UploadService.sha256(body))
                .put("createdAt", at.toString()).put("village", code)
                .put("villageEnrolment", Base64.getEncoder().encodeToString(enrolment));
        byte[] signed = SignedDocuments.sign(UploadService.UPLOAD_TYPE, Map.of("format", UploadService.UPLOAD_FORMAT,
                "issuer", township), m.toString().getBytes(StandardCharsets.UTF_8), townKeys, List.of());
        return new Upload(code, body, Base64.getUrlEncoder().withoutPadding().encodeToString(signed), changes);
    }
}
