package org.zhifa.document;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.ZhifaApplication;

/**
 * Exporting the 诉讼卷 of a case of about 200 pages — the target is under 10 s — through the real application (embedded
 * PostgreSQL, demo bureau, audit trail): 200 one-page documents of four litigation types issued for one case of 城关派出所
 * in the setup, then each {@code exportLitigationVolume} assembles the volume, reads and hashes every stored PDF twice
 * (page count, then binding), binds cover, table of contents and 200 items with page numbers into a temporary file,
 * hashes it, signs the manifest, stores PDF and manifest and audits the export. {@code assembleView} is the dossier view
 * (page counts cached after the first call).
 * <p>
 * Run: {@code ./zhifa benchmark DossierExportBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
public class DossierExportBenchmark {

	static final int DOCUMENTS = 200;

	private ConfigurableApplicationContext context;
	private DossierExporting exporting;
	private Dossiers dossiers;
	private UUID caseId;

	@Setup(Level.Trial)
	public void issueTwoHundredDocumentsForOneCase() {
		context = new SpringApplicationBuilder(ZhifaApplication.class).profiles("test")
			.run("--zhifa.demo.enabled=true", "--logging.level.org.zhifa=WARN");
		exporting = context.getBean(DossierExporting.class);
		dossiers = context.getBean(Dossiers.class);
		DocumentIssuing issuing = context.getBean(DocumentIssuing.class);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		UUID station = jdbc.sql("SELECT id FROM unit WHERE name = '城关派出所'").query(UUID.class).single();
		UUID head = jdbc.sql("SELECT officer_id FROM account WHERE username = 'head'").query(UUID.class).single();
		caseId = UUID.randomUUID();
		String label = "A3301002026050001 基准测试盗窃案";
		long started = System.nanoTime();
		for (int i = 0; i < DOCUMENTS; i++) {
			String person = "嫌疑人" + (i + 1);
			NewDocument document = switch (i % 4) {
				case 0 -> NewDocument.of("SUMMONS", station, caseId, label, Map.of("person", person, "reason", "涉嫌盗窃", "place",
						"城关派出所办案区"), head);
				case 1 -> NewDocument.of("DETENTION_WARRANT", station, caseId, label, Map.of("person", person, "offence", "盗窃罪",
						"legalBasis", "《中华人民共和国刑事诉讼法》第八十二条第一项", "custodyPlace", "示范市看守所"), head);
				case 2 -> NewDocument.of("DETENTION_NOTICE", station, caseId, label, Map.of("recipient", person + "家属", "person", person,
						"detainedAt", "2026年5月1日10时", "offence", "盗窃罪", "custodyPlace", "示范市看守所"), head);
				default -> NewDocument.of("SEIZURE_LIST", station, caseId, label, Map.of("holder", person, "items",
						"手机一部（黑色，屏幕有裂痕）、现金人民币一千二百元、电动车钥匙一把", "witness", "见证人王某"), head);
			};
			issuing.issue(document);
		}
		System.out.printf("issued %d documents in %.1f s%n", DOCUMENTS, (System.nanoTime() - started) / 1e9);
		Dossier.Volume volume = dossiers.assemble(caseId, org.zhifa.shared.Visibility.all()).volume(DossierVolume.LITIGATION);
		System.out.printf("litigation volume: %d items, %d pages%n", volume.entries().size(), volume.pageCount());
		DossierExport export = exporting.export(caseId, DossierVolume.LITIGATION);
		System.out.printf("first export: %d pages, %.1f MiB%n", export.pageCount(), export.pdfSize() / 1048576.0);
	}

	@TearDown(Level.Trial)
	public void stop() {
		context.close();
	}

	@Benchmark
	public DossierExport exportLitigationVolume() {
		return exporting.export(caseId, DossierVolume.LITIGATION);
	}

	@Benchmark
	public Dossier assembleView() {
		return dossiers.assemble(caseId, org.zhifa.shared.Visibility.all());
	}
}
