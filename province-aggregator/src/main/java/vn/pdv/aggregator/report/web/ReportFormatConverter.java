package vn.pdv.aggregator.report.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import vn.pdv.aggregator.report.file.ReportFormat;
import vn.pdv.common.web.InvalidValue;

/** The {@code format} a report is asked for, xlsx or csv in any case. */
@Component
class ReportFormatConverter implements Converter<String, ReportFormat> {

    @Override
    public ReportFormat convert(String format) {
        return ReportFormat.named(format).orElseThrow(() -> new InvalidValue("invalid-format",
                "Định dạng \"" + format + "\" không được hỗ trợ: chọn xlsx hoặc csv.",
                "Format \"" + format + "\" is not supported: choose xlsx or csv."));
    }
}
