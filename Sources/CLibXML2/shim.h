// libxml2's HTML parser and tree. Debian builds libxml2 with ICU, whose headers would then be
// included here and clash with the ICU that Foundation (through Yams) brings in as its own
// module. opedb never touches libxml2's encoding-handler structs (the only ICU-dependent
// declarations), so ICU is left out of this module.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
