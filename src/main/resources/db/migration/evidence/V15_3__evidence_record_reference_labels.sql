-- What an evidence record rests on, as the people reading the list know it: the legal document's 文号 and the property
-- item's code (一物一码), taken when the record is made (the record never changes; neither do a 文号 or a code).
ALTER TABLE evidence_record ADD COLUMN document_number VARCHAR(100);
ALTER TABLE evidence_record ADD COLUMN property_item_code VARCHAR(60);
