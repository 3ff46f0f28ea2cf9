//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The returned array and each string in it are allocated with malloc; the caller frees them.
The number of elements of the result is stored in *group_count.
//@@ signature
char** separate_paren_groups(const char* paren_string, int* group_count) {
//@@ solution
    int length = strlen(paren_string);
    int level = 0;
    int capacity = 10;
    char** groups = malloc(capacity * sizeof(char*));
    char* buffer = malloc(length + 1);
    int buffer_index = 0;
    *group_count = 0;

    for (int i = 0; i < length; ++i) {
        char chr = paren_string[i];
        if (chr == '(') {
            level++;
            buffer[buffer_index++] = chr;
        } else if (chr == ')') {
            level--;
            buffer[buffer_index++] = chr;
            if (level == 0) {
                buffer[buffer_index] = '\0';
                groups[*group_count] = strdup(buffer);
                (*group_count)++;
                if (*group_count >= capacity) {
                    capacity *= 2;
                    groups = realloc(groups, capacity * sizeof(char*));
                }
                buffer_index = 0;
            }
        }
    }

    free(buffer);
    return groups;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int n = -1;
        char **r = separate_paren_groups("(()()) ((())) () ((())()())", &n);
        assert(n == 4);
        assert(strcmp(r[0], "(()())") == 0);
        assert(strcmp(r[1], "((()))") == 0);
        assert(strcmp(r[2], "()") == 0);
        assert(strcmp(r[3], "((())()())") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = separate_paren_groups("() (()) ((())) (((())))", &n);
        assert(n == 4);
        assert(strcmp(r[0], "()") == 0);
        assert(strcmp(r[1], "(())") == 0);
        assert(strcmp(r[2], "((()))") == 0);
        assert(strcmp(r[3], "(((())))") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = separate_paren_groups("(()(())((())))", &n);
        assert(n == 1);
        assert(strcmp(r[0], "(()(())((())))") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = separate_paren_groups("( ) (( )) (( )( ))", &n);
        assert(n == 3);
        assert(strcmp(r[0], "()") == 0);
        assert(strcmp(r[1], "(())") == 0);
        assert(strcmp(r[2], "(()())") == 0);
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
        char **r = separate_paren_groups("( ) (( )) (( )( ))", &n);
        assert(n == 3);
        assert(strcmp(r[0], "()") == 0);
        assert(strcmp(r[1], "(())") == 0);
        assert(strcmp(r[2], "(()())") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed separate_paren_groups.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
