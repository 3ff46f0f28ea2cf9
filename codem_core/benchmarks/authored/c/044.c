//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
Writes the digits into out (room for 33 chars).
//@@ signature
void change_base(int x, int base, char *out) {
//@@ solution
    int index = 0;
    char temp[33];
    while (x > 0) {
        temp[index++] = (x % base) + '0';
        x = x / base;
    }
    int j = 0;
    while(index > 0) {
        out[j++] = temp[--index];
    }
    out[j] = '\0';
}
//@@ test
#include <assert.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { char out[64] = "?"; change_base(8, 3, out); assert(strcmp(out, "22") == 0); }
    { char out[64] = "?"; change_base(9, 3, out); assert(strcmp(out, "100") == 0); }
    { char out[64] = "?"; change_base(234, 2, out); assert(strcmp(out, "11101010") == 0); }
    { char out[64] = "?"; change_base(16, 2, out); assert(strcmp(out, "10000") == 0); }
    { char out[64] = "?"; change_base(8, 2, out); assert(strcmp(out, "1000") == 0); }
    { char out[64] = "?"; change_base(7, 2, out); assert(strcmp(out, "111") == 0); }
    for (int x = 2; x < 8; x++) { char out[64] = "?"; char want[16]; sprintf(want, "%d", x); change_base(x, x + 1, out); assert(strcmp(out, want) == 0); }
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
        change_base(8, 3, out);
        assert(strcmp(out, "22") == 0);
    }
    {
        char out[4096] = {0};
        change_base(8, 2, out);
        assert(strcmp(out, "1000") == 0);
    }
    {
        char out[4096] = {0};
        change_base(7, 2, out);
        assert(strcmp(out, "111") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed change_base.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand from the C++ test (loop kept).
