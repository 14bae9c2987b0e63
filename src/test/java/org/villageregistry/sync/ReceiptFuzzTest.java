package org.villageregistry.sync;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.villageregistry.domain.text.ClearRefusal;
import org.villageregistry.service.ReceiptCheck;
import org.villageregistry.service.ReceiptVerifier;
import org.villageregistry.service.sync.ReceiptService;
import org.villageregistry.sync.receipt.JwsReceiptSigning;

/**
 * 柳树村 takes back whatever lies on the stick as its township's receipt. For any bytes the import either takes
 * it or refuses it with a Chinese sentence, and a refused receipt leaves the village register as it was.
 * {@link #receiptFile} fuzzes the file; {@link #receiptContent} fuzzes the receipt inside, signed by 城关镇 and
 * encrypted to 柳树村 with the sample keys, so the receipt's own fields are read too; {@link #printedReceipt}
 * fuzzes the text of a printed receipt's QR code, which must always give a verdict, never an exception.
 * Seeds and saved crashers: src/test/resources/org/villageregistry/sync/ReceiptFuzzTestInputs/.
 */
class ReceiptFuzzTest extends SampleRegistersFuzzTest {
    private static final String WILLOW = "410103100001";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static ReceiptVerifier printed;

    @BeforeAll
    static void theTownshipsReceiptVerifier() {
        printed = new JwsReceiptSigning().verifier(sample.township).orElseThrow();
    }


    @FuzzTest(maxDuration = "2m")
    void receiptFile(byte[] content) throws IOException {
        importAtTheVillage(content);
    }

    @FuzzTest(maxDuration = "2m")
    void receiptContent(byte[] payload) throws IOException {
        importAtTheVillage(signedByTheTownship(payload));
    }

    @FuzzTest(maxDuration = "2m")
    void printedReceipt(byte[] qrText) {
        ReceiptCheck check = printed.verify(new String(qrText, StandardCharsets.UTF_8));
        if (!check.intact()) {
            ClearRefusal.requireChinese(check.problem().orElseThrow());
        }
    }

    private static void importAtTheVillage(byte[] content) throws IOException {
        importOrRefuse(sample.willowSync, sample.willow, WILLOW + "_receipt_20261130-161500.vrr.json", content,
                "receipt");
    }

    /** The fuzzer's receipt as 城关镇 would send it: the header names 柳树村 and the receipt's own id. */
    static byte[] signedByTheTownship(byte[] payload) {
        String receiptId = "00000000-0000-0000-0000-000000000000";
        try {
            JsonNode root = MAPPER.readTree(payload);
            if (root != null && root.path("receiptId").isTextual()) {
                receiptId = root.path("receiptId").asText();
            }
        } catch (IOException | RuntimeException notJson) {
            // the header keeps the zero id; the village refuses the receipt for not being JSON
        }
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", "vreg-receipt/1");
        header.put("receiptId", receiptId);
        header.put("issuer", "410103100");
        header.put("audience", WILLOW);
        header.put("createdAt", SampleRegisters.CLOCK.instant().toString());
        header.put("encrypted", true);
        var township = sample.townshipSync.identity();
        return township.crypto().signDocument(ReceiptService.RECEIPT_TYPE, header, payload, township.keys(),
                List.of(township.village(WILLOW).orElseThrow()));
    }
}
