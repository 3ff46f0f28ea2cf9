//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char *change_base(int x, int base) {
//@@ solution
    int index = 0;
    char temp[33];
    char *out = malloc(33);
    while (x > 0) {
        temp[index++] = (x % base) + '0';
        x = x / base;
    }
    int j = 0;
    while(index > 0) {
        out[j++] = temp[--index];
    }
    out[j] = '\0';
    return out;
}
//@@ test
#include <assert.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { char *r = change_base(8, 3); assert(strcmp(r, "22") == 0); free(r); }
    { char *r = change_base(9, 3); assert(strcmp(r, "100") == 0); free(r); }
    { char *r = change_base(234, 2); assert(strcmp(r, "11101010") == 0); free(r); }
    { char *r = change_base(16, 2); assert(strcmp(r, "10000") == 0); free(r); }
    { char *r = change_base(8, 2); assert(strcmp(r, "1000") == 0); free(r); }
    { char *r = change_base(7, 2); assert(strcmp(r, "111") == 0); free(r); }
    for (int x = 2; x < 8; x++) { char want[16]; sprintf(want, "%d", x); char *r = change_base(x, x + 1); assert(strcmp(r, want) == 0); free(r); }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { char *r = change_base(8, 3); assert(strcmp(r, "22") == 0); free(r); }
    { char *r = change_base(8, 2); assert(strcmp(r, "1000") == 0); free(r); }
    { char *r = change_base(7, 2); assert(strcmp(r, "111") == 0); free(r); }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed change_base.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand from the C++ test (loop kept).
Hand (C conventions): caller buffer out -> returned malloc'd string.
