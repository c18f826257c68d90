package org.zhifa.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import org.zhifa.shared.DomainException;

/**
 * Turns every failure at the HTTP edge into a zh-CN {@link ProblemDetail}. Bad input is a 400 naming the
 * field; nothing is ever answered with a stack trace, and only genuinely unexpected failures are 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException ex) {
		ProblemDetail problem = ProblemDetails.of(ex.status(), ex.type(), ex.title(), ex.detail());
		ex.properties().forEach(problem::setProperty);
		return ResponseEntity.status(ex.status()).body(problem);
	}

	@ExceptionHandler(BindException.class)
	ProblemDetail invalidBody(BindException ex) {
		List<Map<String, Object>> errors = new ArrayList<>();
		ex.getFieldErrors().forEach(e -> errors.add(ProblemDetails.fieldError(e.getField(), message(e.getDefaultMessage()))));
		ex.getGlobalErrors().forEach(e -> errors.add(ProblemDetails.fieldError(e.getObjectName(), message(e.getDefaultMessage()))));
		return ProblemDetails.withErrors(HttpStatus.BAD_REQUEST, "validation-failed", "请求参数校验未通过",
				summary(errors), errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidParameters(HandlerMethodValidationException ex) {
		List<Map<String, Object>> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> errors.add(
				ProblemDetails.fieldError(result.getMethodParameter().getParameterName(), message(error.getDefaultMessage())))));
		return ProblemDetails.withErrors(HttpStatus.BAD_REQUEST, "validation-failed", "请求参数校验未通过",
				summary(errors), errors);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail invalidConstraint(ConstraintViolationException ex) {
		List<Map<String, Object>> errors = ex.getConstraintViolations().stream()
			.map(v -> ProblemDetails.fieldError(lastNode(v.getPropertyPath().toString()), message(v.getMessage())))
			.toList();
		return ProblemDetails.withErrors(HttpStatus.BAD_REQUEST, "validation-failed", "请求参数校验未通过",
				summary(errors), errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof RequestBodyTooLarge tooLarge) {
			return tooLarge(tooLarge);
		}
		// The outermost Jackson exception knows the field; for dates its own cause is a java.time exception that does not.
		cause = outermostJacksonCause(ex, cause);
		if (cause instanceof UnrecognizedPropertyException unknown) {
			String field = path(unknown);
			return ProblemDetails.withErrors(HttpStatus.BAD_REQUEST, "unknown-field", "请求包含未知字段",
					"不支持的字段：" + field, List.of(ProblemDetails.fieldError(field, "不支持的字段")));
		}
		if (cause instanceof InvalidFormatException invalid) {
			String field = path(invalid);
			String message = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
					? "取值无效，可选值：" + Arrays.stream(invalid.getTargetType().getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、"))
					: "格式无效：" + invalid.getValue();
			return ProblemDetails.withErrors(HttpStatus.BAD_REQUEST, "invalid-value", "字段取值无效",
					field + "：" + message, List.of(ProblemDetails.fieldError(field, message)));
		}
		if (cause instanceof InvalidNullException invalidNull) {
			String field = path(invalidNull);
			return ProblemDetails.withErrors(HttpStatus.BAD_REQUEST, "invalid-value", "字段取值无效",
					field + "：不能为空", List.of(ProblemDetails.fieldError(field, "不能为空")));
		}
		if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
			String field = path(mismatched);
			return ProblemDetails.withErrors(HttpStatus.BAD_REQUEST, "invalid-value", "字段取值无效",
					field + "：类型不符", List.of(ProblemDetails.fieldError(field, "类型不符")));
		}
		if (cause instanceof StreamReadException || cause instanceof JacksonException) {
			return ProblemDetails.of(HttpStatus.BAD_REQUEST, "malformed-json", "请求体不是有效的 JSON",
					"请求体无法解析为 JSON，请检查格式。");
		}
		return ProblemDetails.of(HttpStatus.BAD_REQUEST, "unreadable-body", "请求体无法读取", "请求体缺失或格式错误。");
	}

	@ExceptionHandler(RequestBodyTooLarge.class)
	ProblemDetail tooLarge(RequestBodyTooLarge ex) {
		return ProblemDetails.withErrors(HttpStatus.BAD_REQUEST, "request-too-large", "请求体过大",
				"请求体超过上限 " + ex.limitBytes() + " 字节，未作任何处理。",
				List.of(ProblemDetails.fieldError("body", "超过 " + ex.limitBytes() + " 字节上限")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		String message = ex.getRequiredType() != null && ex.getRequiredType().isEnum()
				? "取值无效，可选值：" + Arrays.stream(ex.getRequiredType().getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、"))
				: "格式无效：" + ex.getValue();
		return ProblemDetails.withErrors(HttpStatus.BAD_REQUEST, "invalid-parameter", "请求参数格式无效",
				ex.getName() + "：" + message, List.of(ProblemDetails.fieldError(ex.getName(), message)));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return ProblemDetails.withErrors(HttpStatus.BAD_REQUEST, "missing-parameter", "缺少请求参数",
				"缺少参数：" + ex.getParameterName(), List.of(ProblemDetails.fieldError(ex.getParameterName(), "必填")));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		return ProblemDetails.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "不支持的请求方法",
				"该地址不支持 " + ex.getMethod() + " 请求。");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		return ProblemDetails.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "不支持的内容类型",
				"请求体须为 application/json。");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return ProblemDetails.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "无法提供所需的内容类型", "接口仅返回 JSON。");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ProblemDetail noResource(NoResourceFoundException ex) {
		return ProblemDetails.of(HttpStatus.NOT_FOUND, "not-found", "地址不存在", "请求的地址不存在：/" + ex.getResourcePath());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail optimisticLock(OptimisticLockingFailureException ex) {
		return ProblemDetails.of(HttpStatus.CONFLICT, "concurrent-modification", "记录已被他人修改",
				"记录已被他人修改，请刷新后重试；本次修改未保存。");
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicate(DuplicateKeyException ex) {
		log.info("duplicate key: {}", ex.getMostSpecificCause().getMessage());
		return ProblemDetails.of(HttpStatus.CONFLICT, "duplicate", "记录重复", "已存在相同编号或名称的记录，本次未保存。");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		log.warn("data integrity violation: {}", ex.getMostSpecificCause().getMessage());
		return ProblemDetails.of(HttpStatus.BAD_REQUEST, "integrity-violation", "数据不符合约束", "提交的数据不符合约束，本次未保存。");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex) {
		return ProblemDetails.of(HttpStatus.FORBIDDEN, "forbidden", "无权访问", "您的角色没有执行此操作的权限。");
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail unauthenticated(AuthenticationException ex) {
		return ProblemDetails.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "未登录", "请先登录。");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("unexpected failure", ex);
		return ProblemDetails.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "服务器内部错误",
				"服务器处理请求时出错，已记录日志；请稍后重试或联系管理员。");
	}

	private static Throwable outermostJacksonCause(Throwable ex, Throwable fallback) {
		for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
			if (t instanceof JacksonException) {
				return t;
			}
		}
		return fallback;
	}

	private static String path(JacksonException ex) {
		String path = ex.getPath().stream()
			.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining(".")).replace(".[", "[");
		return path.isEmpty() ? "body" : path;
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

	private static String message(String message) {
		return message == null ? "无效" : message;
	}

	private static String summary(List<Map<String, Object>> errors) {
		return errors.stream().map(e -> e.get("field") + "：" + e.get("message")).collect(Collectors.joining("；"));
	}
}
