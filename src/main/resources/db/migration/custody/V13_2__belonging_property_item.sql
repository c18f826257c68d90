-- custody: a case-related item among a person's belongings, seized (扣押) at the centre, is registered as seized property in
-- the property module (一物一码); the belonging keeps the item's id and code so the 使用管理登记 and the item's custody chain
-- point at each other.
ALTER TABLE custody_belonging ADD COLUMN property_item_id UUID;
ALTER TABLE custody_belonging ADD COLUMN property_item_code VARCHAR(40);
ALTER TABLE custody_belonging ADD CONSTRAINT custody_belonging_property_item CHECK ((property_item_id IS NULL) = (property_item_code IS NULL));
