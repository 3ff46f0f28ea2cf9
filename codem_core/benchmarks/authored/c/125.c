//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <ctype.h>
//@@ helpers
//@@ doc_append
The returned array and each string in it are allocated with malloc; the caller frees them.
The number of elements of the result is stored in *returnSize.
//@@ signature
char **split_words(const char *txt, int *returnSize) {
//@@ solution
    int count = 0;
    int len = strlen(txt);
    char **out = malloc(sizeof(char *) * (len + 1));
    char sep = strchr(txt, ' ') ? ' ' : (strchr(txt, ',') ? ',' : 0);
    if (sep) {
        int start = 0;
        for (int i = 0; i <= len; ++i) {
            if (txt[i] == sep || txt[i] == '\0') {
                if (i > start) {
                    out[count] = malloc(i - start + 1);
                    memcpy(out[count], txt + start, i - start);
                    out[count][i - start] = '\0';
                    count++;
                }
                start = i + 1;
            }
        }
    } else {
        int num = 0;
        for (int i = 0; i < len; ++i)
            if (txt[i] >= 'a' && txt[i] <= 'z' && (txt[i] - 'a') % 2 == 1) num++;
        out[0] = malloc(12);
        sprintf(out[0], "%d", num);
        count = 1;
    }
    *returnSize = count;
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
        char **r = split_words("Hello world!", &n);
        assert(n == 2);
        assert(strcmp(r[0], "Hello") == 0);
        assert(strcmp(r[1], "world!") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = split_words("Hello,world!", &n);
        assert(n == 2);
        assert(strcmp(r[0], "Hello") == 0);
        assert(strcmp(r[1], "world!") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = split_words("Hello world,!", &n);
        assert(n == 2);
        assert(strcmp(r[0], "Hello") == 0);
        assert(strcmp(r[1], "world,!") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = split_words("Hello,Hello,world !", &n);
        assert(n == 2);
        assert(strcmp(r[0], "Hello,Hello,world") == 0);
        assert(strcmp(r[1], "!") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = split_words("abcdef", &n);
        assert(n == 1);
        assert(strcmp(r[0], "3") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = split_words("aaabb", &n);
        assert(n == 1);
        assert(strcmp(r[0], "2") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = split_words("aaaBb", &n);
        assert(n == 1);
        assert(strcmp(r[0], "1") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = split_words("", &n);
        assert(n == 1);
        assert(strcmp(r[0], "0") == 0);
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
        char **r = split_words("Hello world!", &n);
        assert(n == 2);
        assert(strcmp(r[0], "Hello") == 0);
        assert(strcmp(r[1], "world!") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = split_words("Hello,world!", &n);
        assert(n == 2);
        assert(strcmp(r[0], "Hello") == 0);
        assert(strcmp(r[1], "world!") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = split_words("abcdef", &n);
        assert(n == 1);
        assert(strcmp(r[0], "3") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed split_words.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: solution rewritten: split on spaces when there are any, else on commas (LLM4Decompile split on both).
