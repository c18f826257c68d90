package org.zhifa.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhifa.shared.InvalidInput;

class UnitTest {

	private final Unit city = Unit.create(UnitId.random(), "110000000000", "市公安局", UnitKind.MUNICIPAL_BUREAU, null);
	private final Unit district = Unit.create(UnitId.random(), "110100000000", "东城分局", UnitKind.DISTRICT_BUREAU, city);
	private final Unit county = Unit.create(UnitId.random(), "110200000000", "西山县局", UnitKind.COUNTY_BUREAU, city);
	private final Unit station = Unit.create(UnitId.random(), "110101000000", "东华门派出所", UnitKind.POLICE_STATION, district);

	@Test
	void theMunicipalBureauIsTheRootAndHasNoParent() {
		assertThat(city.isRoot()).isTrue();
		assertThat(city.pullEvents()).containsExactly(new UnitCreated(city.id().value(), "110000000000", "市公安局",
				UnitKind.MUNICIPAL_BUREAU, null));
		assertThatThrownBy(() -> Unit.create(UnitId.random(), "110000000001", "另一个市局", UnitKind.MUNICIPAL_BUREAU, district))
			.isInstanceOf(UnitKindNotAllowedUnderParent.class);
	}

	@ParameterizedTest
	@EnumSource(value = UnitKind.class, names = "MUNICIPAL_BUREAU", mode = EnumSource.Mode.EXCLUDE)
	void everyOtherKindNeedsAParent(UnitKind kind) {
		assertThatThrownBy(() -> Unit.create(UnitId.random(), "110000000002", "无上级", kind, null))
			.isInstanceOf(UnitKindNotAllowedUnderParent.class)
			.hasMessageContaining("须有上级单位");
	}

	@Test
	void aStationSitsUnderADistrictOrCountyBureauOnly() {
		assertThat(Unit.create(UnitId.random(), "110201000000", "城关派出所", UnitKind.POLICE_STATION, county).parentId())
			.isEqualTo(county.id());
		assertThatThrownBy(() -> Unit.create(UnitId.random(), "110001000000", "直属派出所", UnitKind.POLICE_STATION, city))
			.isInstanceOf(UnitKindNotAllowedUnderParent.class)
			.hasMessageContaining("派出所只能设在分局或县局之下");
		assertThatThrownBy(() -> Unit.create(UnitId.random(), "110101000001", "警务室", UnitKind.POLICE_STATION, station))
			.isInstanceOf(UnitKindNotAllowedUnderParent.class);
	}

	@Test
	void districtAndCountyBureausSitUnderTheMunicipalBureauOnly() {
		assertThatThrownBy(() -> Unit.create(UnitId.random(), "110102000000", "分局下的分局", UnitKind.DISTRICT_BUREAU, district))
			.isInstanceOf(UnitKindNotAllowedUnderParent.class);
		assertThatThrownBy(() -> Unit.create(UnitId.random(), "110102000001", "分局下的县局", UnitKind.COUNTY_BUREAU, district))
			.isInstanceOf(UnitKindNotAllowedUnderParent.class);
	}

	@ParameterizedTest
	@EnumSource(value = UnitKind.class, names = { "MUNICIPAL_BUREAU", "DISTRICT_BUREAU", "COUNTY_BUREAU", "POLICE_STATION" },
			mode = EnumSource.Mode.EXCLUDE)
	void departmentsSitUnderAnyBureauButNotUnderAStationOrDepartment(UnitKind department) {
		assertThat(department.isDepartment()).isTrue();
		Unit atCity = Unit.create(UnitId.random(), "110000100000", "市局" + department.label(), department, city);
		Unit.create(UnitId.random(), "110100100000", "分局" + department.label(), department, district);
		Unit.create(UnitId.random(), "110200100000", "县局" + department.label(), department, county);
		assertThatThrownBy(() -> Unit.create(UnitId.random(), "110101100000", "所内" + department.label(), department, station))
			.isInstanceOf(UnitKindNotAllowedUnderParent.class);
		assertThatThrownBy(() -> Unit.create(UnitId.random(), "110000100001", "部门下的部门", UnitKind.LEGAL_AFFAIRS, atCity))
			.isInstanceOf(UnitKindNotAllowedUnderParent.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "11010100000", "1101010000001", "11010100000a", "１１０１０１０００００１" })
	void theCodeIsTwelveAsciiDigits(String code) {
		assertThatThrownBy(() -> Unit.create(UnitId.random(), code, "某派出所", UnitKind.POLICE_STATION, district))
			.isInstanceOf(InvalidInput.class)
			.hasMessage("单位编码须为12位数字");
	}

	@Test
	void theNameIsTrimmedAndAtMostSixtyFourCharacters() {
		Unit unit = Unit.create(UnitId.random(), "110101000002", "  前门派出所 ", UnitKind.POLICE_STATION, district);
		assertThat(unit.name()).isEqualTo("前门派出所");
		Unit.create(UnitId.random(), "110101000003", "所".repeat(64), UnitKind.POLICE_STATION, district);
		assertThatThrownBy(() -> Unit.create(UnitId.random(), "110101000004", "所".repeat(65), UnitKind.POLICE_STATION, district))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> unit.rename("   ")).isInstanceOf(InvalidInput.class).hasMessage("单位名称不能为空");
	}

	@Test
	void renamingRegistersTheOldAndNewNameAndTheSameNameChangesNothing() {
		station.pullEvents();
		assertThat(station.rename("东华门派出所")).isFalse();
		assertThat(station.rename("东华门街道派出所")).isTrue();
		assertThat(station.pullEvents()).containsExactly(new UnitRenamed(station.id().value(), "东华门派出所", "东华门街道派出所"));
	}

	@Test
	void nothingIsSetUpUnderAnInactiveParent() {
		Unit closed = new Unit(UnitId.random(), "110300000000", "已撤销分局", UnitKind.DISTRICT_BUREAU, city.id(), false, 3);
		assertThatThrownBy(() -> Unit.create(UnitId.random(), "110301000000", "新所", UnitKind.POLICE_STATION, closed))
			.isInstanceOf(ParentUnitInactive.class);
	}

	@Test
	void aStationMovesToAnotherBureauAndTheMoveIsRegistered() {
		station.pullEvents();
		boolean moved = station.moveUnder(county, Set.of(station.id().value()), "区划调整");
		assertThat(moved).isTrue();
		assertThat(station.parentId()).isEqualTo(county.id());
		assertThat(station.pullEvents()).containsExactly(
				new UnitMoved(station.id().value(), district.id().value(), county.id().value(), "区划调整"));
		assertThat(station.moveUnder(county, Set.of(station.id().value()), "再次调整")).isFalse();
	}

	@Test
	void theRootCannotMove() {
		assertThatThrownBy(() -> city.moveUnder(district, Set.of(city.id().value(), district.id().value()), "试试"))
			.isInstanceOf(RootUnitCannotMove.class);
	}

	@Test
	void aUnitCannotMoveUnderItselfOrItsOwnDescendant() {
		Set<UUID> districtSubtree = Set.of(district.id().value(), station.id().value());
		assertThatThrownBy(() -> district.moveUnder(station, districtSubtree, "循环"))
			.isInstanceOf(UnitMoveWouldCreateCycle.class);
		assertThatThrownBy(() -> district.moveUnder(district, districtSubtree, "循环"))
			.isInstanceOf(UnitMoveWouldCreateCycle.class);
	}

	@Test
	void aMoveMustFitTheNewParentsKindAndNeedsAReason() {
		Unit department = Unit.create(UnitId.random(), "110000200000", "市局法制支队", UnitKind.LEGAL_AFFAIRS, city);
		assertThatThrownBy(() -> station.moveUnder(department, Set.of(station.id().value()), "调整"))
			.isInstanceOf(UnitKindNotAllowedUnderParent.class);
		assertThatThrownBy(() -> station.moveUnder(county, Set.of(station.id().value()), " "))
			.isInstanceOf(InvalidInput.class).hasMessage("请填写原因");
	}

	@Test
	void deactivationWaitsUntilNothingActiveIsBelowAndNoGuardObjects() {
		assertThatThrownBy(() -> district.deactivate(1, List.of(), "撤并"))
			.isInstanceOf(UnitHasActiveChildren.class)
			.hasMessageContaining("仍有 1 个未撤销的下级单位");
		assertThatThrownBy(() -> station.deactivate(0, List.of("该单位仍有 2 名在职民警"), "撤并"))
			.isInstanceOf(UnitDeactivationRefused.class)
			.hasMessageContaining("该单位仍有 2 名在职民警");

		station.pullEvents();
		station.deactivate(0, List.of(), "撤并");
		assertThat(station.isActive()).isFalse();
		assertThat(station.pullEvents()).containsExactly(new UnitDeactivated(station.id().value(), "撤并"));
		assertThatThrownBy(() -> station.deactivate(0, List.of(), "再撤")).isInstanceOf(UnitAlreadyInactive.class);
	}

	@Test
	void theRootIsNeverDeactivated() {
		assertThatThrownBy(() -> city.deactivate(0, List.of(), "撤销")).isInstanceOf(RootUnitCannotBeDeactivated.class);
	}

	@Test
	void reactivationNeedsAnActiveParent() {
		Unit closedBureau = new Unit(UnitId.random(), "110400000000", "已撤销分局", UnitKind.DISTRICT_BUREAU, city.id(), false, 1);
		Unit closedStation = new Unit(UnitId.random(), "110401000000", "已撤销所", UnitKind.POLICE_STATION, closedBureau.id(), false, 1);
		assertThatThrownBy(() -> closedStation.reactivate(closedBureau, "恢复")).isInstanceOf(ParentUnitInactive.class);

		closedBureau.reactivate(city, "恢复建制");
		closedStation.reactivate(closedBureau, "恢复建制");
		assertThat(closedStation.isActive()).isTrue();
		assertThat(closedStation.pullEvents()).containsExactly(new UnitReactivated(closedStation.id().value(), "恢复建制"));
		assertThatThrownBy(() -> closedStation.reactivate(closedBureau, "再恢复")).isInstanceOf(UnitAlreadyActive.class);
	}
}
