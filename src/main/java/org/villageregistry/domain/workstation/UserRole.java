package org.villageregistry.domain.workstation;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** Roles of the people who use a workstation. */
public enum UserRole implements Coded {
    @Code(code = "admin", zh = "管理员", en = "Administrator") ADMINISTRATOR,
    @Code(code = "registrar", zh = "登记员", en = "Registrar") REGISTRAR,
    @Code(code = "clerk", zh = "乡镇专干", en = "Township clerk") TOWNSHIP_CLERK,
    @Code(code = "auditor", zh = "审计员", en = "Auditor") AUDITOR
}
