package org.zhifa.demo;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.custody.QuestioningRecordings;
import org.zhifa.evidence.DeviceKind;
import org.zhifa.evidence.Devices;
import org.zhifa.officer.OfficerDirectory;
import org.zhifa.officer.OfficerSummary;
import org.zhifa.officer.Role;
import org.zhifa.organization.UnitDirectory;
import org.zhifa.organization.UnitKind;
import org.zhifa.organization.UnitSummary;

/**
 * The recording devices of the demo bureau: a 同步录音录像 recorder in every 讯问室 and 询问室 of the centre and of the stations'
 * own 办案区, and a 执法记录仪 for every case officer of the stations — so an uploaded recording finds its session, incident
 * or case at once. Runs after the demo bureau, once (while no device is registered).
 */
@Component
@Order(2)
class DemoEvidenceDevices implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEvidenceDevices.class);

	private final DemoSettings settings;
	private final UnitDirectory units;
	private final OfficerDirectory officers;
	private final QuestioningRecordings rooms;
	private final Devices devices;
	private final TransactionTemplate transaction;

	DemoEvidenceDevices(DemoSettings settings, UnitDirectory units, OfficerDirectory officers, QuestioningRecordings rooms, Devices devices,
			TransactionTemplate transaction) {
		this.settings = settings;
		this.units = units;
		this.officers = officers;
		this.rooms = rooms;
		this.devices = devices;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.enabled() || !devices.list().isEmpty()) {
			return;
		}
		int count = transaction.execute(status -> seed());
		log.info("演示数据：已登记 {} 台执法记录仪和同步录音录像设备", count);
	}

	private int seed() {
		int n = 0;
		for (UnitKind kind : new UnitKind[] { UnitKind.CASE_HANDLING_CENTER, UnitKind.POLICE_STATION }) {
			for (UnitSummary centre : units.activeOfKind(kind)) {
				for (QuestioningRecordings.RoomRef room : rooms.questioningRooms(centre.id())) {
					devices.register("SLZ-" + centre.code() + "-" + (++n), DeviceKind.ROOM_RECORDER, null, room.id(),
							centre.name() + room.name() + "同步录音录像");
				}
			}
		}
		for (UnitSummary station : units.activeOfKind(UnitKind.POLICE_STATION)) {
			for (UUID id : officers.activeWithRole(Role.CASE_OFFICER, station.id())) {
				OfficerSummary o = officers.find(id).orElseThrow();
				devices.register("JLY-" + o.badgeNumber(), DeviceKind.BODY_CAMERA, o.id(), null, o.name() + "的执法记录仪");
				n++;
			}
		}
		return n;
	}
}
