package org.zhifa.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhifa.DemoActors;
import org.zhifa.IntegrationTest;
import org.zhifa.TestActors;
import org.zhifa.audit.Sm3Chain;
import org.zhifa.cases.Case;
import org.zhifa.cases.CaseFixtures;
import org.zhifa.cases.CaseManagement;

/** The photo endpoints over HTTP: a multipart upload by the case officer, the list, the bytes with their SM3, and refusals. */
@IntegrationTest
class PropertyPhotoApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseManagement cases;

	@Autowired
	Registration registration;

	@Test
	void anUploadedPhotoIsListedAndServedAsStoredWithItsSm3AndBadUploadsAreRefusedNamingTheFile() throws Exception {
		Case theCase = new CaseFixtures(cases, jdbc).criminal("城关派出所", 1);
		var officer = DemoActors.account(jdbc, "officer");
		List<PropertyItem> registered = new ArrayList<>();
		TestActors.runAs(officer, () -> registered.add(registration.register(new NewPropertyItem(theCase.id(), Measure.SEIZURE, Category.ELECTRONIC,
				"白色苹果手机一部", BigDecimal.ONE, "部", null, List.of(), "周某", null, "城公（刑）扣字〔2026〕7号", null, Instant.now().minusSeconds(600),
				theCase.officerIds()))));
		String photos = "/api/property/items/" + registered.getFirst().id() + "/photos";
		var auth = authentication(TestActors.auth(officer));
		byte[] jpeg = PropertyIntegrationTests.JPEG;

		String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(multipart(photos).file(new MockMultipartFile("file", "正面.jpg", "image/jpeg", jpeg))
			.with(auth).with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.sm3").value(Sm3Chain.digest(jpeg)))
			.andExpect(jsonPath("$.fileName").value("正面.jpg")).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(get(photos).with(auth)).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(id));
		mvc.perform(get(photos + "/" + id).with(auth)).andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"))
			.andExpect(header().string("X-Content-SM3", Sm3Chain.digest(jpeg))).andExpect(content().bytes(jpeg));

		mvc.perform(multipart(photos).file(new MockMultipartFile("file", "a.gif", "image/gif", "GIF89a".getBytes())).with(auth).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(post(photos).contentType(MediaType.APPLICATION_JSON).content("{}").with(auth).with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(multipart(photos).file(new MockMultipartFile("file", "again.jpg", "image/jpeg", jpeg)).with(auth).with(csrf()))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("urn:zhifa:problem:property-photo-duplicate"));
		assertThat(jdbc.sql("SELECT count(*) FROM property_photo WHERE item_id = ?").param(registered.getFirst().id()).query(Long.class).single())
			.isEqualTo(1);
	}
}
