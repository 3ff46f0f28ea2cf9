//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
//@@ signature
char *string_sequence(int n) {
//@@ solution
    int len = 2; 
    for (int i = 1; i <= n; ++i) {
        len += snprintf(NULL, 0, " %d", i);
    }

    char *out = malloc(len);
    if (!out) {
        return NULL;
    }
    
    char *ptr = out;
    ptr += sprintf(ptr, "0");
    for (int i = 1; i <= n; ++i) {
        ptr += sprintf(ptr, " %d", i);
    }
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *r = string_sequence(0);
        assert(strcmp(r, "0") == 0);
        free(r);
    }
    {
        char *r = string_sequence(3);
        assert(strcmp(r, "0 1 2 3") == 0);
        free(r);
    }
    {
        char *r = string_sequence(10);
        assert(strcmp(r, "0 1 2 3 4 5 6 7 8 9 10") == 0);
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
        char *r = string_sequence(0);
        assert(strcmp(r, "0") == 0);
        free(r);
    }
    {
        char *r = string_sequence(5);
        assert(strcmp(r, "0 1 2 3 4 5") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed string_sequence.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
