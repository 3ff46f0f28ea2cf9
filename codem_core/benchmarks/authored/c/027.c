//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
//@@ doc_append
//@@ signature
void filp_case(const char* str, char* out) {
//@@ solution
    int length = strlen(str);
    for (int i = 0; i < length; i++) {
        char w = str[i];
        if (w >= 'a' && w <= 'z') {
            w -= 32;
        } else if (w >= 'A' && w <= 'Z') {
            w += 32;
        }
        out[i] = w;
    }
    out[length] = '\0';
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char out[64] = "?";
        filp_case("1234!", out);
        assert(strcmp(out, "1234!") == 0);
    }
    {
        char out[4096] = {0};
        filp_case("", out);
        assert(strcmp(out, "") == 0);
    }
    {
        char out[4096] = {0};
        filp_case("Hello!", out);
        assert(strcmp(out, "hELLO!") == 0);
    }
    {
        char out[4096] = {0};
        filp_case("These violent delights have violent ends", out);
        assert(strcmp(out, "tHESE VIOLENT DELIGHTS HAVE VIOLENT ENDS") == 0);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char out[4096] = {0};
        filp_case("Hello", out);
        assert(strcmp(out, "hELLO") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed filp_case.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test strengthened (as the TypeScript one): a letter-free case.
