//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
//@@ signature
int filter_by_prefix(char** strings, int count, const char* prefix, char*** out) {
//@@ solution
    int prefix_length = strlen(prefix);
    *out = (char**)malloc(count * sizeof(char*));
    int out_count = 0;

    for (int i = 0; i < count; i++) {
        if (strncmp(strings[i], prefix, prefix_length) == 0) {
            (*out)[out_count++] = strings[i];
        }
    }

    return out_count;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *a0[] = {"axxx", "xxxa", "xx"};
        char **out = NULL;
        int n = filter_by_prefix(a0, 3, "xxx", &out);
        assert(n == 1);
        assert(strcmp(out[0], "xxxa") == 0);
    }
    {
        char *a0[] = {NULL};
        char **out = NULL;
        int n = filter_by_prefix(a0, 0, "john", &out);
        assert(n == 0);
    }
    {
        char *a0[] = {"xxx", "asd", "xxy", "john doe", "xxxAAA", "xxx"};
        char **out = NULL;
        int n = filter_by_prefix(a0, 6, "xxx", &out);
        assert(n == 3);
        assert(strcmp(out[0], "xxx") == 0);
        assert(strcmp(out[1], "xxxAAA") == 0);
        assert(strcmp(out[2], "xxx") == 0);
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
        char **out = NULL;
        int n = filter_by_prefix(a0, 0, "a", &out);
        assert(n == 0);
    }
    {
        char *a0[] = {"abc", "bcd", "cde", "array"};
        char **out = NULL;
        int n = filter_by_prefix(a0, 4, "a", &out);
        assert(n == 2);
        assert(strcmp(out[0], "abc") == 0);
        assert(strcmp(out[1], "array") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed filter_by_prefix.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test strengthened (as the TypeScript one): a case where the substring is not a prefix.
