package org.zhifa.property;

import org.springframework.http.HttpStatus;
import org.zhifa.shared.RuleViolation;

/** The same image (by SM3) is already among the item's photos. */
public class PhotoAlreadyAdded extends RuleViolation {

	PhotoAlreadyAdded(PropertyItem item, PropertyPhoto earlier) {
		super(HttpStatus.CONFLICT, "property-photo-duplicate", "照片已上传",
				"财物 " + item.code() + " 已有这张照片（" + earlier.fileName() + "，SM3 " + earlier.sm3().substring(0, 16) + "…）");
	}
}
