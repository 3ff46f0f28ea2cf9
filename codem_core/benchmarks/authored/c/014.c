//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The returned array and each string in it are allocated with malloc; the caller frees them.
The number of elements of the result is stored in *count.
//@@ signature
char **all_prefixes(const char *str, int *count) {
//@@ solution
    int len = strlen(str);
    char **out = malloc(len * sizeof(char *));
    
    char *current = malloc(len + 1);
    current[0] = '\0';

    for (int i = 0; i < len; ++i) {
        size_t current_len = strlen(current);
        current = realloc(current, current_len + 2);
        current[current_len] = str[i];
        current[current_len + 1] = '\0';

        out[i] = malloc(strlen(current) + 1);
        strcpy(out[i], current);
    }
    free(current);
    
    *count = len;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int n = -1;
        char **r = all_prefixes("", &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = all_prefixes("asdfgh", &n);
        assert(n == 6);
        assert(strcmp(r[0], "a") == 0);
        assert(strcmp(r[1], "as") == 0);
        assert(strcmp(r[2], "asd") == 0);
        assert(strcmp(r[3], "asdf") == 0);
        assert(strcmp(r[4], "asdfg") == 0);
        assert(strcmp(r[5], "asdfgh") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = all_prefixes("WWW", &n);
        assert(n == 3);
        assert(strcmp(r[0], "W") == 0);
        assert(strcmp(r[1], "WW") == 0);
        assert(strcmp(r[2], "WWW") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
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
        int n = -1;
        char **r = all_prefixes("abc", &n);
        assert(n == 3);
        assert(strcmp(r[0], "a") == 0);
        assert(strcmp(r[1], "ab") == 0);
        assert(strcmp(r[2], "abc") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed all_prefixes.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
