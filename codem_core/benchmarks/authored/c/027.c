//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char *filp_case(const char *str) {
//@@ solution
    int length = strlen(str);
    char *out = malloc(length + 1);
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
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = filp_case("1234!");
        assert(strcmp(r, "1234!") == 0);
        free(r);
    }
    {
        char *r = filp_case("");
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *r = filp_case("Hello!");
        assert(strcmp(r, "hELLO!") == 0);
        free(r);
    }
    {
        char *r = filp_case("These violent delights have violent ends");
        assert(strcmp(r, "tHESE VIOLENT DELIGHTS HAVE VIOLENT ENDS") == 0);
        free(r);
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
        char *r = filp_case("Hello");
        assert(strcmp(r, "hELLO") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed filp_case.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test strengthened (as the TypeScript one): a letter-free case.
Hand (C conventions): caller buffer out -> returned malloc'd string.
