//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
//@@ signature
char* concatenate(char** strings, int count) {
//@@ solution
    int length = 0;
    for (int i = 0; i < count; i++) {
        length += strlen(strings[i]);
    }
    
    char* out = (char*)malloc(length + 1);
    if (!out) {
        return NULL; 
    }
    
    out[0] = '\0';

    for (int i = 0; i < count; i++) {
        strcat(out, strings[i]);
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
        char *a0[] = {NULL};
        char *r = concatenate(a0, 0);
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *a0[] = {"x", "y", "z"};
        char *r = concatenate(a0, 3);
        assert(strcmp(r, "xyz") == 0);
        free(r);
    }
    {
        char *a0[] = {"x", "y", "z", "w", "k"};
        char *r = concatenate(a0, 5);
        assert(strcmp(r, "xyzwk") == 0);
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
        char *a0[] = {NULL};
        char *r = concatenate(a0, 0);
        assert(strcmp(r, "") == 0);
        free(r);
    }
    {
        char *a0[] = {"a", "b", "c"};
        char *r = concatenate(a0, 3);
        assert(strcmp(r, "abc") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed concatenate.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
